#include "service/core/first_names.h"

#include "gtest/gtest.h"

namespace textanalytics::core {
namespace {

TEST(FirstNamesTest, NamesGivenAlmostAlwaysToOneSex) {
  EXPECT_EQ(RecordedFirstNameSex("Aaliyah"), 'f');
  EXPECT_EQ(RecordedFirstNameSex("Odessa"), 'f');
  EXPECT_EQ(RecordedFirstNameSex("Trent"), 'm');
  EXPECT_EQ(RecordedFirstNameSex("Harold"), 'm');
}

TEST(FirstNamesTest, SharedRareAndUnknownNamesSayNothing) {
  EXPECT_EQ(RecordedFirstNameSex("Jordan"), 0);  // given to both
  EXPECT_EQ(RecordedFirstNameSex("Kim"), 0);
  EXPECT_EQ(RecordedFirstNameSex("Tran"), 0);  // under 1,000 births
  EXPECT_EQ(RecordedFirstNameSex("Amihan"), 0);
  EXPECT_EQ(RecordedFirstNameSex("Hope"), 0);  // an everyday word
  EXPECT_EQ(RecordedFirstNameSex("May"), 0);
  EXPECT_EQ(RecordedFirstNameSex("aaliyah"), 0);  // spelt as a name
  EXPECT_EQ(RecordedFirstNameSex(""), 0);
}

TEST(FirstNamesTest, NamesWithDiacriticsAreLookedUpWithout) {
  EXPECT_EQ(RecordedFirstNameSex("Ciar\u00e1n"), 'm');
  EXPECT_EQ(RecordedFirstNameSex("Zo\u00eb"), 'f');
  EXPECT_EQ(WithoutDiacritics("Mair\u00e9ad"), "Mairead");
  EXPECT_EQ(WithoutDiacritics("Mairead"), "");      // ASCII already
  EXPECT_EQ(WithoutDiacritics("\u0141ukasz"), "");  // no ASCII letter for it
}

}  // namespace
}  // namespace textanalytics::core
