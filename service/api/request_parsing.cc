#include "service/api/request_parsing.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/wire_format_lite.h"
#include "service/core/utf8.h"

namespace textanalytics::api {
namespace {

using google::protobuf::Descriptor;
using google::protobuf::FieldDescriptor;
using google::protobuf::internal::WireFormatLite;

struct BadString {
  std::string field;  // dotted path, e.g. "text"
  size_t offset = 0;
};

// Finds the first string field, at any depth, holding invalid UTF-8.
bool FindInvalidString(const std::string& wire, const Descriptor* type,
                       const std::string& prefix, BadString* bad) {
  google::protobuf::io::CodedInputStream in(
      reinterpret_cast<const uint8_t*>(wire.data()),
      static_cast<int>(wire.size()));
  while (uint32_t tag = in.ReadTag()) {
    const FieldDescriptor* field =
        type->FindFieldByNumber(WireFormatLite::GetTagFieldNumber(tag));
    const bool nested = field != nullptr &&
                        WireFormatLite::GetTagWireType(tag) ==
                            WireFormatLite::WIRETYPE_LENGTH_DELIMITED &&
                        (field->type() == FieldDescriptor::TYPE_STRING ||
                         field->type() == FieldDescriptor::TYPE_MESSAGE);
    if (!nested) {
      if (!WireFormatLite::SkipField(&in, tag)) return false;
      continue;
    }
    uint32_t length;
    std::string value;
    if (!in.ReadVarint32(&length) ||
        !in.ReadString(&value, static_cast<int>(length))) {
      return false;
    }
    if (field->type() == FieldDescriptor::TYPE_STRING) {
      if (std::optional<size_t> offset = core::FindInvalidUtf8(value)) {
        *bad = {prefix + field->name(), *offset};
        return true;
      }
    } else if (FindInvalidString(value, field->message_type(),
                                 prefix + field->name() + ".", bad)) {
      return true;
    }
  }
  return false;
}

}  // namespace

grpc::Status ParseRequest(grpc::ByteBuffer* buffer,
                          google::protobuf::MessageLite* message) {
  std::vector<grpc::Slice> slices;
  if (!buffer->Dump(&slices).ok()) {
    return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                        "empty request buffer");
  }
  std::string wire;
  wire.reserve(buffer->Length());
  for (const grpc::Slice& s : slices) {
    wire.append(reinterpret_cast<const char*>(s.begin()), s.size());
  }
  buffer->Clear();
  if (message->ParseFromString(wire)) return grpc::Status::OK;
  BadString bad;
  const auto* full = dynamic_cast<const google::protobuf::Message*>(message);
  if (full != nullptr &&
      FindInvalidString(wire, full->GetDescriptor(), "", &bad)) {
    return grpc::Status(
        grpc::StatusCode::INVALID_ARGUMENT,
        absl::StrCat(bad.field,
                     " is not valid UTF-8: invalid byte sequence at "
                     "byte offset ",
                     bad.offset, "; send UTF-8 text"));
  }
  return grpc::Status(
      grpc::StatusCode::INVALID_ARGUMENT,
      absl::StrCat("request is not a valid ", message->GetTypeName(),
                   " message; check that the client uses textanalytics.v1"));
}

}  // namespace textanalytics::api
