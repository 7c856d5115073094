// textanalyticsd: serves text analytics over the documents of a directory.
#include <csignal>
#include <cstdio>
#include <string>
#include <thread>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "service/core/background.h"
#include "service/corpus/corpus.h"
#include "service/server/server.h"

ABSL_FLAG(std::string, listen, "127.0.0.1:50051",
          "HOST:PORT to serve on; port 0 picks a free port. Use 0.0.0.0:PORT "
          "to accept connections from other machines (containers).");
ABSL_FLAG(std::string, corpus_dir, "seeds",
          "Directory whose *.txt files (UTF-8) are the corpus; each file is a "
          "document named after its lowercased stem.");
ABSL_FLAG(std::string, stopwords, "data/stopwords/en.txt",
          "The English stopword list keywords leave out by default (one word "
          "a line; see the file for its source).");
ABSL_FLAG(std::string, background, "data/background/en_brown.tsv",
          "General-English word counts that DISTINCTIVE keywords of the whole "
          "corpus are measured against (tools/make_background.sh makes it).");
ABSL_FLAG(int64_t, max_text_bytes, 1 << 20,
          "Largest text, in UTF-8 bytes, a request may send; longer texts get "
          "RESOURCE_EXHAUSTED.");
ABSL_FLAG(int32_t, side_threads,
          static_cast<int32_t>(std::thread::hardware_concurrency()),
          "Threads that extract an AnalyzeText request's quotations while "
          "the request's own thread computes the rest (default: one per "
          "core; 0 runs everything on the request's thread).");

namespace {

// Blocks SIGINT and SIGTERM in this thread and every thread it starts, so
// that WaitForSignal() receives them instead of a handler.
sigset_t BlockTerminationSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  return set;
}

int WaitForSignal(const sigset_t& set) {
  int signal = 0;
  sigwait(&set, &signal);
  return signal;
}

}  // namespace

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "Serves textanalytics.v1.TextAnalyticsService over a corpus.\n"
      "Usage: textanalyticsd [--listen=HOST:PORT] [--corpus_dir=DIR] "
      "[--stopwords=FILE] [--background=FILE] [--max_text_bytes=N] "
      "[--side_threads=N]");
  absl::ParseCommandLine(argc, argv);
  if (absl::GetFlag(FLAGS_max_text_bytes) <= 0) {
    std::fprintf(stderr, "textanalyticsd: --max_text_bytes must be positive\n");
    return 2;
  }
  if (absl::GetFlag(FLAGS_side_threads) < 0) {
    std::fprintf(stderr, "textanalyticsd: --side_threads must be 0 or more\n");
    return 2;
  }
  const sigset_t signals = BlockTerminationSignals();
  using textanalytics::corpus::Corpus;
  namespace server = textanalytics::server;

  textanalytics::corpus::LoadOptions load_options;
  auto stopwords =
      textanalytics::core::LoadStopwords(absl::GetFlag(FLAGS_stopwords));
  if (!stopwords.ok()) {
    std::fprintf(stderr, "textanalyticsd: cannot load --stopwords: %s\n",
                 stopwords.status().ToString().c_str());
    return 1;
  }
  load_options.stopwords = *std::move(stopwords);
  for (auto n : {textanalytics::core::Normalization::kLowercase,
                 textanalytics::core::Normalization::kStem}) {
    auto background = textanalytics::core::BackgroundCounts::Load(
        absl::GetFlag(FLAGS_background), n);
    if (!background.ok()) {
      std::fprintf(stderr, "textanalyticsd: cannot load --background: %s\n",
                   background.status().ToString().c_str());
      return 1;
    }
    load_options.background[static_cast<int>(n)] = *std::move(background);
  }
  const std::string dir = absl::GetFlag(FLAGS_corpus_dir);
  auto corpus = Corpus::Load(dir, std::move(load_options));
  if (!corpus.ok()) {
    std::fprintf(stderr, "textanalyticsd: cannot load corpus: %s\n",
                 corpus.status().ToString().c_str());
    return 1;
  }
  if ((*corpus)->documents().empty()) {
    std::fprintf(stderr,
                 "textanalyticsd: warning: %s has no *.txt files; "
                 "serving an empty corpus\n",
                 dir.c_str());
  }
  const size_t documents = (*corpus)->documents().size();
  server::ServerOptions options;
  options.listen = absl::GetFlag(FLAGS_listen);
  options.service.max_text_bytes = absl::GetFlag(FLAGS_max_text_bytes);
  options.service.side_threads = absl::GetFlag(FLAGS_side_threads);
  auto running = server::Server::Start(*std::move(corpus), options);
  if (!running.ok()) {
    std::fprintf(stderr, "textanalyticsd: %s\n",
                 running.status().ToString().c_str());
    return 1;
  }
  std::printf("textanalyticsd: serving %zu documents on %s\n", documents,
              (*running)->address().c_str());
  std::fflush(stdout);

  const int signal = WaitForSignal(signals);
  std::fprintf(stderr, "textanalyticsd: %s, shutting down\n",
               signal == SIGTERM ? "SIGTERM" : "SIGINT");
  (*running)->Shutdown();
  return 0;
}
