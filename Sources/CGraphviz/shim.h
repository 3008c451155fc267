#ifndef NEWSGRAPH_CGRAPHVIZ_SHIM_H
#define NEWSGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Swift 6 rejects access to global mutable C variables; expose the graph descriptors as functions.
static inline Agdesc_t newsgraph_directed(void) { return Agdirected; }
static inline Agdesc_t newsgraph_undirected(void) { return Agundirected; }
#endif
