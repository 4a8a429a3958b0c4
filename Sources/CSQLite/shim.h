// SQLite as a system library (libsqlite3-dev on Linux, the SDK on Apple platforms): no package dependency.
#include <sqlite3.h>
