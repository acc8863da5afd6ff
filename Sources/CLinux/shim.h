// Linux headers that Swift's Glibc module leaves out: epoll(7) and eventfd(2), used by the
// HTTP engine's event loops.
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>
#include <sys/syscall.h>

// sched_getaffinity(2) through syscall(2): the glibc wrapper and CPU_COUNT need _GNU_SOURCE,
// which Swift's Glibc module is not built with. Returns the mask's size in bytes, or -1.
static inline long byline_sched_getaffinity(void *mask, unsigned long size) {
    return syscall(SYS_sched_getaffinity, 0, size, mask);
}
