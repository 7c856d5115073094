// Threads that run one part of a request's work beside the request's own
// thread, so that independent analyses of one text overlap in time.
//
// Thread-safe. The workers live as long as the object, so their per-thread
// caches (the word-class memo, the stemmers) stay warm across requests.
#ifndef TEXTANALYTICS_SERVICE_API_SIDE_WORKERS_H_
#define TEXTANALYTICS_SERVICE_API_SIDE_WORKERS_H_

#include <thread>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/functional/function_ref.h"
#include "absl/synchronization/mutex.h"

namespace textanalytics::api {

class SideWorkers {
 public:
  // Starts `threads` workers; with none, everything runs on the caller.
  explicit SideWorkers(int threads);
  // Joins the workers; no RunBeside may be in progress.
  ~SideWorkers();

  SideWorkers(const SideWorkers&) = delete;
  SideWorkers& operator=(const SideWorkers&) = delete;

  // Runs `side` on a free worker while `own` runs on the calling thread and
  // returns when both have finished. When every worker is taken (a loaded
  // server gains nothing from handing work over), runs `own`, then `side`,
  // on the calling thread. The two must not write to the same memory.
  void RunBeside(absl::FunctionRef<void()> side, absl::FunctionRef<void()> own);

 private:
  struct Job {
    absl::FunctionRef<void()> run;
    bool done = false;
  };

  void Work();
  bool HasWork() const ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_) {
    return !queue_.empty() || stopping_;
  }

  absl::Mutex mu_;
  std::vector<Job*> queue_ ABSL_GUARDED_BY(mu_);
  // Workers not running or about to run a job.
  int free_ ABSL_GUARDED_BY(mu_);
  bool stopping_ ABSL_GUARDED_BY(mu_) = false;
  std::vector<std::thread> threads_;
};

}  // namespace textanalytics::api

#endif  // TEXTANALYTICS_SERVICE_API_SIDE_WORKERS_H_
