// The generated service code, compiled with the server's request parsing
// (request_parsing.h must come first).
// clang-format off
#include "service/api/request_parsing.h"
#include "textanalytics/v1/text_analytics.grpc.pb.cc"
// clang-format on
