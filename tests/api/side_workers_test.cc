// SideWorkers: the side part runs on a worker beside the caller's part, or
// on the caller when no worker is free; and AnalyzeText answers the same
// with workers as without.
#include "service/api/side_workers.h"

#include <string>
#include <thread>

#include "absl/synchronization/notification.h"
#include "absl/time/time.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "service/api/text_analytics_service.h"
#include "service/core/keywords.h"

namespace textanalytics {
namespace {

using api::SideWorkers;

TEST(SideWorkersTest, RunsTheSidePartOnAWorkerAtTheSameTime) {
  SideWorkers workers(1);
  absl::Notification side_started;
  std::thread::id side_thread, own_thread;
  bool side_seen_by_own = false;
  workers.RunBeside(
      [&] {
        side_thread = std::this_thread::get_id();
        side_started.Notify();
      },
      [&] {
        own_thread = std::this_thread::get_id();
        // Only a side part already running on another thread can notify
        // while this one waits (a deadlock guard, not a timing check).
        side_seen_by_own =
            side_started.WaitForNotificationWithTimeout(absl::Seconds(60));
      });
  EXPECT_TRUE(side_seen_by_own);
  EXPECT_EQ(own_thread, std::this_thread::get_id());
  EXPECT_NE(side_thread, std::this_thread::get_id());
}

TEST(SideWorkersTest, RunsBothPartsOnTheCallerWithoutWorkers) {
  SideWorkers workers(0);
  std::string order;
  std::thread::id side_thread;
  workers.RunBeside(
      [&] {
        order += "side";
        side_thread = std::this_thread::get_id();
      },
      [&] { order += "own,"; });
  EXPECT_EQ(order, "own,side");
  EXPECT_EQ(side_thread, std::this_thread::get_id());
}

TEST(SideWorkersTest, RunsOnTheCallerWhileEveryWorkerIsTaken) {
  SideWorkers workers(1);
  absl::Notification taken, release;
  std::thread other([&] {
    workers.RunBeside(
        [&] {
          taken.Notify();
          release.WaitForNotification();
        },
        [] {});
  });
  taken.WaitForNotification();
  std::thread::id side_thread;
  workers.RunBeside([&] { side_thread = std::this_thread::get_id(); }, [] {});
  EXPECT_EQ(side_thread, std::this_thread::get_id());
  release.Notify();
  other.join();
  // Free again once the first call's side part has finished.
  workers.RunBeside([&] { side_thread = std::this_thread::get_id(); }, [] {});
  EXPECT_NE(side_thread, std::this_thread::get_id());
}

TEST(SideWorkersTest, AnalyzeTextAnswersTheSameWithAndWithoutWorkers) {
  auto stopwords =
      core::LoadStopwords(std::string(TA_SOURCE_DIR "/") +
                          std::string(core::kEnglishStopwordsPath));
  ASSERT_TRUE(stopwords.ok()) << stopwords.status();
  corpus::LoadOptions load;
  load.stopwords = *std::move(stopwords);
  auto corpus = corpus::Corpus::FromFiles({}, std::move(load));
  ASSERT_TRUE(corpus.ok()) << corpus.status();
  std::shared_ptr<const corpus::Corpus> shared = *std::move(corpus);

  v1::AnalyzeTextRequest request;
  request.set_text(
      "Council Approves Budget\n\n"
      "“We will rebuild the bridge,” Maria Lopez, the mayor, said on "
      "Monday. “It will take two years.”\n\n"
      "She added that the plan was “fully funded” and the so-called "
      "“bridge tax” would go.\n\n"
      "The council said the budget passed by seven votes to two.\n");
  request.set_include_summary(true);
  v1::AnalyzeTextResponse with, without;
  api::ServiceOptions options;
  options.side_threads = 2;
  api::TextAnalyticsServiceImpl beside(shared, options);
  options.side_threads = 0;
  api::TextAnalyticsServiceImpl alone(shared, options);
  ASSERT_TRUE(beside.AnalyzeText(nullptr, &request, &with).ok());
  ASSERT_TRUE(alone.AnalyzeText(nullptr, &request, &without).ok());
  EXPECT_EQ(with.quotes_size(), 4);
  EXPECT_GT(with.keywords_size(), 0);
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(with, without))
      << with.DebugString() << "\n"
      << without.DebugString();
}

}  // namespace
}  // namespace textanalytics
