// SPDX-License-Identifier: GPL-2.0-or-later
// The TagLib side of bench/compare: for each file, repeat "open + audio properties + every tag property" for a
// time budget (in 5 batches) and print the microseconds per read of the fastest batch, in the same tab-separated format as the other loops:
//   mode  file  status  kind  us  iterations
// usage: taglib_loop --list FILE [--modes taglib-path,taglib-bytes] [--budget-ms 20] [--warmup-ms 1000]
#include <taglib/audioproperties.h>
#include <taglib/fileref.h>
#include <taglib/tbytevector.h>
#include <taglib/tbytevectorstream.h>
#include <taglib/tpropertymap.h>
#include <taglib/tstring.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
volatile long long sink;
// The budget of a file is spent in this many batches; the fastest batch's mean is reported (as in CompareLoop).
constexpr int kBatches = 5;

// Touches what a tag reader shows: the audio properties and every property (key and each value, as UTF-8).
long long touch(TagLib::FileRef &f) {
  long long sum = 0;
  if (TagLib::AudioProperties *p = f.audioProperties()) {
    sum += p->lengthInMilliseconds() + p->bitrate() + p->sampleRate() + p->channels();
  }
  if (f.file() != nullptr) {
    TagLib::PropertyMap props = f.file()->properties();
    for (const auto &entry : props) {
      sum += entry.first.size();
      for (const auto &value : entry.second) {
        sum += static_cast<long long>(std::strlen(value.toCString(true)));
      }
    }
  }
  return sum;
}

struct Item {
  std::string path;
  TagLib::ByteVector data;
};

// One read; returns -1 when TagLib does not recognise the file.
long long readOnce(const std::string &mode, const Item &item) {
  if (mode == "taglib-path") {
    TagLib::FileRef f(item.path.c_str(), true, TagLib::AudioProperties::Average);
    if (f.isNull()) return -1;
    return touch(f);
  }
  TagLib::ByteVectorStream stream(item.data);
  TagLib::FileRef f(&stream, true, TagLib::AudioProperties::Average);
  if (f.isNull()) return -1;
  return touch(f);
}

std::vector<std::string> split(const std::string &s, char sep) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string part;
  while (std::getline(ss, part, sep)) {
    if (!part.empty()) out.push_back(part);
  }
  return out;
}

}  // namespace

int main(int argc, char **argv) {
  std::string listFile;
  std::vector<std::string> modes = {"taglib-path", "taglib-bytes"};
  long long budgetNs = 20000000LL;
  long long warmupNs = 1000000000LL;
  for (int i = 1; i < argc; i++) {
    std::string a = argv[i];
    if (a == "--list" && i + 1 < argc) listFile = argv[++i];
    else if (a == "--modes" && i + 1 < argc) modes = split(argv[++i], ',');
    else if (a == "--budget-ms" && i + 1 < argc) budgetNs = std::stoll(argv[++i]) * 1000000LL;
    else if (a == "--warmup-ms" && i + 1 < argc) warmupNs = std::stoll(argv[++i]) * 1000000LL;
    else {
      std::fprintf(stderr, "unknown option %s\n", a.c_str());
      return 2;
    }
  }
  if (listFile.empty()) {
    std::fprintf(stderr, "--list FILE is required\n");
    return 2;
  }
  std::vector<Item> items;
  std::ifstream list(listFile);
  for (std::string line; std::getline(list, line);) {
    if (line.empty()) continue;
    std::ifstream in(line, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    items.push_back({line, TagLib::ByteVector(bytes.data(), static_cast<unsigned int>(bytes.size()))});
  }
  for (const std::string &mode : modes) {
    if (mode != "taglib-path" && mode != "taglib-bytes") {
      std::fprintf(stderr, "unknown mode %s\n", mode.c_str());
      return 2;
    }
    std::vector<bool> ok(items.size());
    for (size_t i = 0; i < items.size(); i++) ok[i] = readOnce(mode, items[i]) >= 0;
    auto end = Clock::now() + std::chrono::nanoseconds(warmupNs);
    do {
      for (size_t i = 0; i < items.size(); i++) {
        if (ok[i]) sink = sink + readOnce(mode, items[i]);
      }
    } while (Clock::now() < end);
    for (size_t i = 0; i < items.size(); i++) {
      if (!ok[i]) {
        std::printf("%s\t%s\tnone\t\t\t0\n", mode.c_str(), items[i].path.c_str());
        continue;
      }
      double best = -1;
      long long total = 0;
      for (int b = 0; b < kBatches; b++) {
        long long n = 0;
        auto start = Clock::now();
        long long elapsed;
        do {
          sink = sink + readOnce(mode, items[i]);
          n++;
          elapsed = std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - start).count();
        } while (elapsed < budgetNs / kBatches);
        double us = elapsed / 1000.0 / n;
        if (best < 0 || us < best) best = us;
        total += n;
      }
      std::printf("%s\t%s\tok\t\t%.3f\t%lld\n", mode.c_str(), items[i].path.c_str(), best, total);
    }
    std::fflush(stdout);
  }
  return 0;
}
