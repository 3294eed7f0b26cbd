#pragma once
// The one place that includes SQLCipher's header. sqlite3_key() and friends are declared only
// under SQLITE_HAS_CODEC, which Debian's package does not define for us.
#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlite3.h>
