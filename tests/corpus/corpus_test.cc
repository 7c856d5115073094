#include "service/corpus/corpus.h"

#include <filesystem>
#include <fstream>
#include <string>

#include "gtest/gtest.h"

namespace textanalytics::corpus {
namespace {

namespace fs = std::filesystem;

TEST(DocumentId, LowercasesAndReplacesOtherCharacters) {
  EXPECT_EQ(Corpus::DocumentId("000_f2b4827ed7942156.txt"),
            "000-f2b4827ed7942156");
  EXPECT_EQ(Corpus::DocumentId("My Article.txt"), "my-article");
  EXPECT_EQ(Corpus::DocumentId("a-b.C.txt"), "a-b-c");
  EXPECT_EQ(Corpus::DocumentId("Ünï.txt"), "-n-");  // per character
}

TEST(Corpus, SortsDocumentsByIdAndFindsThem) {
  auto corpus = Corpus::FromFiles(
      {{"b.txt", "Second text here."}, {"A.txt", "First text here."}});
  ASSERT_TRUE(corpus.ok()) << corpus.status();
  ASSERT_EQ((*corpus)->documents().size(), 2u);
  EXPECT_EQ((*corpus)->documents()[0].id, "a");
  EXPECT_EQ((*corpus)->documents()[1].id, "b");
  ASSERT_NE((*corpus)->Find("b"), nullptr);
  EXPECT_EQ((*corpus)->Find("b")->text, "Second text here.");
  EXPECT_EQ((*corpus)->Find("c"), nullptr);
}

TEST(Corpus, RejectsInvalidUtf8NamingFileAndOffset) {
  auto corpus =
      Corpus::FromFiles({{"good.txt", "fine"}, {"bad.txt", "abc\xff"}});
  ASSERT_FALSE(corpus.ok());
  EXPECT_NE(corpus.status().message().find("bad.txt"), absl::string_view::npos);
  EXPECT_NE(corpus.status().message().find("byte offset 3"),
            absl::string_view::npos);
}

TEST(Corpus, RejectsTwoFilesWithTheSameId) {
  auto corpus = Corpus::FromFiles({{"A b.txt", "one"}, {"a_b.txt", "two"}});
  ASSERT_FALSE(corpus.ok());
  EXPECT_NE(corpus.status().message().find("A b.txt"), absl::string_view::npos);
  EXPECT_NE(corpus.status().message().find("a_b.txt"), absl::string_view::npos);
}

TEST(Corpus, ComputesChecksumAndCorpusStatsOverAllText) {
  auto corpus =
      Corpus::FromFiles({{"a.txt", "abc"}, {"b.txt", "One two three."}});
  ASSERT_TRUE(corpus.ok());
  // sha256("abc"), a published test vector.
  EXPECT_EQ((*corpus)->Find("a")->sha256,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  const auto& docs = (*corpus)->documents();
  EXPECT_EQ((*corpus)->stats(core::Scope::kAllText).words,
            docs[0].all_stats.words + docs[1].all_stats.words);
  EXPECT_EQ((*corpus)->stats(core::Scope::kAllText).sentences,
            docs[0].all_stats.sentences + docs[1].all_stats.sentences);
}

TEST(Corpus, FingerprintFollowsContents) {
  auto a = Corpus::FromFiles({{"a.txt", "x"}});
  auto b = Corpus::FromFiles({{"a.txt", "x"}});
  auto c = Corpus::FromFiles({{"a.txt", "y"}});
  EXPECT_EQ((*a)->fingerprint(), (*b)->fingerprint());
  EXPECT_NE((*a)->fingerprint(), (*c)->fingerprint());
}

class CorpusDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("corpus_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& contents) {
    std::ofstream(dir_ / name, std::ios::binary) << contents;
  }
  fs::path dir_;
};

TEST_F(CorpusDirTest, LoadsOnlyRegularTxtFiles) {
  Write("one.txt", "Hello there.");
  Write("notes.md", "ignored");
  fs::create_directories(dir_ / "sub.txt");
  auto corpus = Corpus::Load(dir_.string());
  ASSERT_TRUE(corpus.ok()) << corpus.status();
  ASSERT_EQ((*corpus)->documents().size(), 1u);
  EXPECT_EQ((*corpus)->documents()[0].source_file, "one.txt");
}

TEST_F(CorpusDirTest, EmptyDirectoryIsAnEmptyCorpus) {
  auto corpus = Corpus::Load(dir_.string());
  ASSERT_TRUE(corpus.ok());
  EXPECT_TRUE((*corpus)->documents().empty());
  EXPECT_EQ((*corpus)->stats(core::Scope::kBody).words, 0);
}

TEST_F(CorpusDirTest, MissingDirectoryIsAnError) {
  auto corpus = Corpus::Load((dir_ / "nope").string());
  EXPECT_EQ(corpus.status().code(), absl::StatusCode::kNotFound);
}

TEST(Corpus, LoadsTheSeeds) {
  auto corpus = Corpus::Load(TA_SOURCE_DIR "/seeds");
  ASSERT_TRUE(corpus.ok()) << corpus.status();
  ASSERT_EQ((*corpus)->documents().size(), 1u);
  const Document& doc = (*corpus)->documents()[0];
  EXPECT_EQ(doc.id, "000-f2b4827ed7942156");
  EXPECT_EQ(doc.title.rfind("This is the second in a two-part series", 0), 0u);
  EXPECT_GT(doc.body_stats.words, 0);
}

}  // namespace
}  // namespace textanalytics::corpus
