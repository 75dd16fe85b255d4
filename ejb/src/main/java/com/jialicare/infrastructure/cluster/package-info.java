/**
 * What keeps several servers over one database consistent: the cache generations every node shares
 * (a replicated Infinispan cache on the cluster server, a plain map on a single server).
 */
package com.jialicare.infrastructure.cluster;
