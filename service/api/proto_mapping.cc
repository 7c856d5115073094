#include "service/api/proto_mapping.h"

#include <cmath>

#include "absl/strings/str_cat.h"

namespace textanalytics::api {

core::Encoding FromProto(v1::EncodingType encoding) {
  switch (encoding) {
    case v1::ENCODING_TYPE_UTF16:
      return core::Encoding::kUtf16;
    case v1::ENCODING_TYPE_UTF32:
      return core::Encoding::kUtf32;
    default:
      return core::Encoding::kUtf8;
  }
}

core::Scope FromProto(v1::TextScope scope) {
  return scope == v1::TEXT_SCOPE_ALL_TEXT ? core::Scope::kAllText
                                          : core::Scope::kBody;
}

v1::TextScope ToProto(core::Scope scope) {
  return scope == core::Scope::kAllText ? v1::TEXT_SCOPE_ALL_TEXT
                                        : v1::TEXT_SCOPE_BODY;
}

v1::BlockKind ToProto(core::BlockKind kind) {
  switch (kind) {
    case core::BlockKind::kBody:
      return v1::BLOCK_KIND_BODY;
    case core::BlockKind::kHeading:
      return v1::BLOCK_KIND_HEADING;
    case core::BlockKind::kCaption:
      return v1::BLOCK_KIND_CAPTION;
    case core::BlockKind::kCredit:
      return v1::BLOCK_KIND_CREDIT;
    case core::BlockKind::kBoilerplate:
      return v1::BLOCK_KIND_BOILERPLATE;
  }
  return v1::BLOCK_KIND_UNSPECIFIED;
}

void ToProto(const core::TextStats& stats, v1::TextStats* out) {
  out->set_character_count(stats.characters);
  out->set_letter_count(stats.letters);
  out->set_word_count(stats.words);
  out->set_unique_word_count(stats.unique_words);
  out->set_sentence_count(stats.sentences);
  out->set_paragraph_count(stats.paragraphs);
  out->set_syllable_count(stats.syllables);
  out->set_polysyllabic_word_count(stats.polysyllabic_words);
  out->set_long_word_count(stats.long_words);
  out->set_mean_words_per_sentence(stats.mean_words_per_sentence);
  out->set_mean_syllables_per_word(stats.mean_syllables_per_word);
  out->set_mean_word_length(stats.mean_word_length);
  out->set_type_token_ratio(stats.type_token_ratio);
  const double seconds = std::floor(stats.reading_time_seconds);
  out->mutable_reading_time()->set_seconds(static_cast<int64_t>(seconds));
  out->mutable_reading_time()->set_nanos(
      static_cast<int32_t>((stats.reading_time_seconds - seconds) * 1e9));
  v1::BlockCounts* blocks = out->mutable_block_counts();
  const auto& by_kind = stats.blocks_by_kind;
  blocks->set_body(by_kind[static_cast<int>(core::BlockKind::kBody)]);
  blocks->set_heading(by_kind[static_cast<int>(core::BlockKind::kHeading)]);
  blocks->set_caption(by_kind[static_cast<int>(core::BlockKind::kCaption)]);
  blocks->set_credit(by_kind[static_cast<int>(core::BlockKind::kCredit)]);
  blocks->set_boilerplate(
      by_kind[static_cast<int>(core::BlockKind::kBoilerplate)]);
  v1::Readability* r = out->mutable_readability();
  r->set_flesch_reading_ease(stats.readability.flesch_reading_ease);
  r->set_flesch_kincaid_grade(stats.readability.flesch_kincaid_grade);
  r->set_gunning_fog(stats.readability.gunning_fog);
  r->set_smog(stats.readability.smog);
  r->set_coleman_liau(stats.readability.coleman_liau);
  r->set_automated_readability(stats.readability.automated_readability);
  r->set_lix(stats.readability.lix);
  out->set_quote_count(stats.quotes);
  out->set_speaker_count(stats.speakers);
  out->set_quoted_word_share(stats.quoted_word_share);
}

void ToProto(std::string_view text, const core::Segmentation& seg,
             const core::OffsetConverter& offsets,
             google::protobuf::RepeatedPtrField<v1::Block>* out) {
  out->Reserve(static_cast<int>(seg.blocks.size()));
  for (size_t i = 0; i < seg.blocks.size(); ++i) {
    const core::Block& b = seg.blocks[i];
    v1::Block* block = out->Add();
    block->set_index(static_cast<int32_t>(i));
    block->set_kind(ToProto(b.kind));
    block->set_begin_offset(offsets.Convert(b.begin));
    block->set_end_offset(offsets.Convert(b.end));
    block->set_text(std::string(text.substr(b.begin, b.end - b.begin)));
  }
}

void ToProto(std::string_view text, const core::Segmentation& seg,
             const core::Summary& summary, const core::OffsetConverter& offsets,
             google::protobuf::RepeatedPtrField<v1::SummarySentence>* out) {
  for (const core::RankedSentence& ranked : summary.sentences) {
    const core::Sentence& s = seg.sentences[ranked.sentence];
    v1::SummarySentence* sentence = out->Add();
    sentence->set_text(std::string(text.substr(s.begin, s.end - s.begin)));
    sentence->set_score(ranked.score);
    sentence->set_rank(ranked.rank);
    sentence->set_paragraph_index(s.block);
    sentence->set_sentence_index(ranked.sentence);
    sentence->set_begin_offset(offsets.Convert(s.begin));
    sentence->set_end_offset(offsets.Convert(s.end));
  }
}

void ToProto(const core::Keyword& keyword, v1::Keyword* out) {
  out->set_display_form(keyword.display);
  out->set_key(keyword.key);
  out->set_ngram_size(keyword.n);
  out->set_count(keyword.count);
  out->set_frequency_per_10k_words(keyword.per_10k_words);
  out->set_document_frequency(static_cast<int32_t>(keyword.doc_freq));
  out->set_score(keyword.score);
  for (const core::SurfaceCount& s : keyword.surfaces) {
    v1::SurfaceForm* form = out->add_surface_forms();
    form->set_text(s.form);
    form->set_count(s.count);
  }
}

v1::QuoteKind ToProto(core::QuoteKind kind) {
  switch (kind) {
    case core::QuoteKind::kDirect:
      return v1::QUOTE_KIND_DIRECT;
    case core::QuoteKind::kPartial:
      return v1::QUOTE_KIND_PARTIAL;
    case core::QuoteKind::kTerm:
      return v1::QUOTE_KIND_TERM;
  }
  return v1::QUOTE_KIND_UNSPECIFIED;
}

namespace {

v1::Attribution ToProto(core::Attribution attribution) {
  switch (attribution) {
    case core::Attribution::kExplicit:
      return v1::ATTRIBUTION_EXPLICIT;
    case core::Attribution::kCoreference:
      return v1::ATTRIBUTION_COREFERENCE;
    case core::Attribution::kContinuation:
      return v1::ATTRIBUTION_CONTINUATION;
    case core::Attribution::kNone:
      break;
  }
  return v1::ATTRIBUTION_UNSPECIFIED;
}

void ToProto(const core::TextSpan& span, const core::OffsetConverter& offsets,
             v1::TextRange* out) {
  out->set_begin_offset(offsets.Convert(span.begin));
  out->set_end_offset(offsets.Convert(span.end));
}

}  // namespace

void ToProto(std::string_view text, const core::Segmentation& seg,
             const core::Quote& quote, const std::string& name,
             const core::OffsetConverter& offsets, v1::Quote* out) {
  out->set_name(name);
  out->set_text(quote.Text(text));
  out->set_kind(ToProto(quote.kind));
  if (!quote.speaker.name.empty()) {
    v1::Speaker* speaker = out->mutable_speaker();
    speaker->set_name(quote.speaker.name);
    speaker->set_mention(quote.speaker.mention);
    speaker->set_description(quote.speaker.description);
    speaker->set_attribution(ToProto(quote.speaker.attribution));
    speaker->set_organization(quote.speaker.organization);
    if (quote.speaker.mention_span.end > quote.speaker.mention_span.begin) {
      speaker->set_mention_begin_offset(
          offsets.Convert(quote.speaker.mention_span.begin));
      speaker->set_mention_end_offset(
          offsets.Convert(quote.speaker.mention_span.end));
    }
  }
  out->set_cue(quote.cue);
  out->set_first_paragraph_index(quote.first_block);
  out->set_last_paragraph_index(quote.last_block);
  out->set_first_sentence_index(quote.first_sentence);
  out->set_last_sentence_index(quote.last_sentence);
  if (quote.first_sentence >= 0 &&
      quote.last_sentence < static_cast<int>(seg.sentences.size()) &&
      quote.first_sentence <= quote.last_sentence) {
    const size_t begin = seg.sentences[quote.first_sentence].begin;
    const size_t end = seg.sentences[quote.last_sentence].end;
    out->set_context(std::string(text.substr(begin, end - begin)));
  }
  ToProto(quote.outer, offsets, out->mutable_range());
  for (const core::TextSpan& part : quote.parts) {
    ToProto(part, offsets, out->add_text_ranges());
  }
  out->set_word_count(static_cast<int32_t>(core::QuotedWords(seg, quote)));
}

void ToProto(const corpus::Document& doc, bool full, core::Encoding encoding,
             v1::Document* out) {
  out->set_name(absl::StrCat("documents/", doc.id));
  out->set_title(doc.title);
  out->set_source_file(doc.source_file);
  out->set_size_bytes(static_cast<int64_t>(doc.text.size()));
  out->set_character_count(doc.characters);
  out->set_word_count(doc.body_stats.words);
  out->set_sentence_count(doc.body_stats.sentences);
  out->set_paragraph_count(doc.body_stats.paragraphs);
  out->set_block_count(static_cast<int64_t>(doc.segmentation.blocks.size()));
  out->set_sha256(doc.sha256);
  if (full) {
    out->set_text(doc.text);
    core::OffsetConverter offsets(doc.text, encoding);
    ToProto(doc.text, doc.segmentation, offsets, out->mutable_blocks());
  }
}

}  // namespace textanalytics::api
