// Linux headers that Swift's Glibc module leaves out: epoll(7) and eventfd(2), used by the
// HTTP engine's event loops.
#include <sys/epoll.h>
#include <sys/eventfd.h>
