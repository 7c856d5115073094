// How the server parses requests.
//
// Protobuf rejects a proto3 string field holding invalid UTF-8 while parsing,
// and gRPC then answers INTERNAL with no message, which tells the caller
// nothing. The server parses each request itself instead: a request that
// fails to parse is INVALID_ARGUMENT, and when the cause is invalid UTF-8 the
// message names the field and the byte offset.
//
// text_analytics_grpc.cc includes this header before the generated service
// code, so that the specialisations below are the ones the service uses.
#ifndef TEXTANALYTICS_SERVICE_API_REQUEST_PARSING_H_
#define TEXTANALYTICS_SERVICE_API_REQUEST_PARSING_H_

#include "google/protobuf/message.h"
#include "grpcpp/impl/codegen/proto_utils.h"
#include "grpcpp/support/byte_buffer.h"
#include "grpcpp/support/status.h"

namespace textanalytics::api {

// Parses `buffer` into `message`: OK, or INVALID_ARGUMENT saying why not.
grpc::Status ParseRequest(grpc::ByteBuffer* buffer,
                          google::protobuf::MessageLite* message);

}  // namespace textanalytics::api

// The generated service passes every request to gRPC as a MessageLite; in
// the translation unit that includes this header first, they are parsed with
// ParseRequest. Serialisation is gRPC's own.
template <>
class grpc::SerializationTraits<grpc::protobuf::MessageLite, void> {
 public:
  static grpc::Status Serialize(const grpc::protobuf::MessageLite& msg,
                                grpc::ByteBuffer* bb, bool* own_buffer) {
    return grpc::GenericSerialize<grpc::ProtoBufferWriter,
                                  grpc::protobuf::MessageLite>(msg, bb,
                                                               own_buffer);
  }
  static grpc::Status Deserialize(grpc::ByteBuffer* buffer,
                                  grpc::protobuf::MessageLite* msg) {
    return textanalytics::api::ParseRequest(buffer, msg);
  }
};

#endif  // TEXTANALYTICS_SERVICE_API_REQUEST_PARSING_H_
