// Conversion of core and corpus values to textanalytics.v1 messages.
#ifndef TEXTANALYTICS_SERVICE_API_PROTO_MAPPING_H_
#define TEXTANALYTICS_SERVICE_API_PROTO_MAPPING_H_

#include <string_view>

#include "service/core/keywords.h"
#include "service/core/quote_search.h"
#include "service/core/quotes.h"
#include "service/core/segmenter.h"
#include "service/core/stats.h"
#include "service/core/summary.h"
#include "service/core/utf8.h"
#include "service/corpus/corpus.h"
#include "textanalytics/v1/text_analytics.pb.h"

namespace textanalytics::api {

core::Encoding FromProto(v1::EncodingType encoding);
core::Scope FromProto(v1::TextScope scope);
v1::TextScope ToProto(core::Scope scope);
v1::BlockKind ToProto(core::BlockKind kind);

void ToProto(const core::TextStats& stats, v1::TextStats* out);

// Blocks of `text` with offsets converted by `offsets`.
void ToProto(std::string_view text, const core::Segmentation& seg,
             const core::OffsetConverter& offsets,
             google::protobuf::RepeatedPtrField<v1::Block>* out);

// The summary sentences of `text`, in text order.
void ToProto(std::string_view text, const core::Segmentation& seg,
             const core::Summary& summary, const core::OffsetConverter& offsets,
             google::protobuf::RepeatedPtrField<v1::SummarySentence>* out);

void ToProto(const core::Keyword& keyword, v1::Keyword* out);

v1::QuoteKind ToProto(core::QuoteKind kind);

// `quote` of `text` (segmented as `seg`); `name` may be empty (inline text).
void ToProto(std::string_view text, const core::Segmentation& seg,
             const core::Quote& quote, const std::string& name,
             const core::OffsetConverter& offsets, v1::Quote* out);

// `doc` as a Document message; text and blocks only with `full`.
void ToProto(const corpus::Document& doc, bool full, core::Encoding encoding,
             v1::Document* out);

}  // namespace textanalytics::api

#endif  // TEXTANALYTICS_SERVICE_API_PROTO_MAPPING_H_
