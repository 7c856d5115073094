#include "service/api/side_workers.h"

namespace textanalytics::api {

SideWorkers::SideWorkers(int threads) : free_(threads > 0 ? threads : 0) {
  for (int i = 0; i < threads; ++i) threads_.emplace_back([this] { Work(); });
}

SideWorkers::~SideWorkers() {
  {
    absl::MutexLock lock(&mu_);
    stopping_ = true;
  }
  for (std::thread& t : threads_) t.join();
}

void SideWorkers::RunBeside(absl::FunctionRef<void()> side,
                            absl::FunctionRef<void()> own) {
  Job job{.run = side};
  bool handed = false;
  {
    absl::MutexLock lock(&mu_);
    if (free_ > 0) {
      --free_;
      queue_.push_back(&job);
      handed = true;
    }
  }
  own();
  if (!handed) {
    side();
    return;
  }
  absl::MutexLock lock(&mu_);
  mu_.Await(absl::Condition(&job.done));
}

void SideWorkers::Work() {
  absl::MutexLock lock(&mu_);
  while (true) {
    mu_.Await(absl::Condition(this, &SideWorkers::HasWork));
    if (queue_.empty()) return;  // stopping, nothing left
    Job* job = queue_.back();
    queue_.pop_back();
    mu_.Unlock();
    job->run();
    mu_.Lock();
    job->done = true;
    ++free_;
  }
}

}  // namespace textanalytics::api
