/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The floor of any tag reader, in C: open + read 4 KiB + close, timed per file for a budget like the other loops
 * (in 5 batches; the mean of the fastest batch is reported).
 * Output per file (tab-separated): c-floor  file  status  kind  us  iterations
 * usage: floor --list FILE [--budget-ms 20] [--warmup-ms 500] */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* The budget of a file is spent in this many batches; the fastest batch's mean is reported (as in CompareLoop). */
#define BATCHES 5

static volatile long sink;

static long long now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* Returns the bytes read, or -1 on error. */
static long read4k(const char *path) {
  char buf[4096];
  int fd = open(path, O_RDONLY);
  if (fd < 0) return -1;
  long got = 0;
  while (got < (long)sizeof buf) {
    ssize_t r = read(fd, buf + got, sizeof buf - (size_t)got);
    if (r < 0) {
      if (errno == EINTR) continue;
      close(fd);
      return -1;
    }
    if (r == 0) break;
    got += r;
  }
  close(fd);
  return got + buf[0];
}

int main(int argc, char **argv) {
  const char *list = NULL;
  long long budget = 20000000LL, warmup = 500000000LL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--list") && i + 1 < argc) list = argv[++i];
    else if (!strcmp(argv[i], "--budget-ms") && i + 1 < argc) budget = atoll(argv[++i]) * 1000000LL;
    else if (!strcmp(argv[i], "--warmup-ms") && i + 1 < argc) warmup = atoll(argv[++i]) * 1000000LL;
    else {
      fprintf(stderr, "unknown option %s\n", argv[i]);
      return 2;
    }
  }
  if (!list) {
    fprintf(stderr, "--list FILE is required\n");
    return 2;
  }
  FILE *in = fopen(list, "r");
  if (!in) {
    perror(list);
    return 2;
  }
  char **files = NULL;
  size_t n = 0, cap = 0;
  char *line = NULL;
  size_t len = 0;
  while (getline(&line, &len, in) > 0) {
    line[strcspn(line, "\r\n")] = 0;
    if (!*line) continue;
    if (n == cap) {
      cap = cap ? cap * 2 : 128;
      files = realloc(files, cap * sizeof *files);
      if (!files) return 3;
    }
    files[n++] = strdup(line);
  }
  free(line);
  fclose(in);
  long long end = now_ns() + warmup;
  do {
    for (size_t i = 0; i < n; i++) sink += read4k(files[i]);
  } while (now_ns() < end);
  for (size_t i = 0; i < n; i++) {
    if (read4k(files[i]) < 0) {
      printf("c-floor\t%s\terr:%s\t\t\t0\n", files[i], strerror(errno));
      continue;
    }
    double best = -1;
    long long total = 0;
    for (int b = 0; b < BATCHES; b++) {
      long long iters = 0, start = now_ns(), elapsed;
      do {
        sink += read4k(files[i]);
        iters++;
        elapsed = now_ns() - start;
      } while (elapsed < budget / BATCHES);
      double us = elapsed / 1000.0 / iters;
      if (best < 0 || us < best) best = us;
      total += iters;
    }
    printf("c-floor\t%s\tok\t\t%.3f\t%lld\n", files[i], best, total);
  }
  return 0;
}
