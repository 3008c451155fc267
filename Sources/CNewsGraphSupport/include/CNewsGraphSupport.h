#ifndef CNEWSGRAPHSUPPORT_H
#define CNEWSGRAPHSUPPORT_H

/// Swaps two paths atomically (both must exist): Linux renameat2(RENAME_EXCHANGE), macOS renamex_np(RENAME_SWAP).
/// Returns 0, or -1 with errno set (ENOSYS/EINVAL where the file system cannot swap).
int ng_rename_exchange(const char *a, const char *b);

#endif
