#pragma once
// One libpq connection to a PostgreSQL store, behind the same store::Database and store::Statement
// the SQLite store uses (store/database.h): statements are the store's own SQL, translated once
// (pg/sql_dialect.h), prepared on the server the first time a cached statement runs, with every
// parameter sent as text and its type inferred by the server. Errors are values with one line.
//
// The location is a libpq URI (postgresql://user@host:port/db?sslmode=verify-full&…): everything
// libpq knows passes through unchanged — TLS options, passfile=, PGPASSFILE and the other PG*
// variables, a Unix-socket folder as host=/run/postgresql. Messages show the URI without its
// password.
#include <libpq-fe.h>

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "store/pg/audit_chain_state.h"

namespace store::pg {

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

// Does this --db value name a PostgreSQL store (postgresql:// or postgres://)?
bool is_uri(std::string_view location);
// The URI with any password (user:PASSWORD@ or password=…) replaced by ***.
std::string redacted(std::string_view uri);
// `uri` with its database (the path after the authority) replaced by `dbname` (tests and benches
// make a database of their own on one server).
std::string with_database(const std::string& uri, const std::string& dbname);
// libpq's (often multi-line, tab-indented) message as one line.
std::string one_line(std::string_view message);

class Session {
 public:
  // Connects; a malformed URI, an unreachable server and refused credentials each give one line
  // naming the (redacted) URI.
  static base::Result<std::unique_ptr<Session>> connect(const std::string& uri);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  const std::string& where() const { return where_; }
  // Statements without parameters or results (several allowed: migrations).
  base::Status exec(const std::string& sql);
  // Runs a statement: prepared under `name` when it is not empty (preparing it first if this
  // connection has not, or lost it when it reconnected), else sent with its text each time.
  // `values[i]` is nullptr for NULL.
  base::Result<ResultPtr> run(const std::string& name, const std::string& sql, int generation_prepared,
                              const std::vector<const char*>& values, int* prepared_in_generation);
  // Rows the last INSERT/UPDATE/DELETE touched.
  int changes() const { return changes_; }
  // The last value an identity column handed out in this session (SELECT lastval()).
  base::Result<long long> last_insert_id();
  std::string error_message() const { return one_line(PQerrorMessage(conn_)); }
  // A name for the next cached statement ("ow1", "ow2", …).
  std::string next_statement_name() { return "ow" + std::to_string(++statement_names_); }
  int generation() const { return generation_; }

  // One round trip for statements that do not depend on each other's results (a kiosk look-up:
  // begin, audit row, four reads, commit), without writing them twice. While a PlanScope is alive,
  // run() only notes each statement (name, text, values) and answers with no rows, so the caller
  // runs its usual code once to plan; send_planned() then sends them all in libpq's pipeline mode
  // and keeps each answer (on a connection known to be lost it sends nothing and fails, leaving
  // the reconnect to the usual code); the caller runs the same code again, and each run() whose statement
  // is the next one kept takes its answer instead of asking the server. A statement that differs
  // is sent as usual (the kept answers wait for theirs). forget_planned() drops what is left.
  class PlanScope {
   public:
    explicit PlanScope(Session& s) : s_(s) { s_.planning_ = true; }
    ~PlanScope() { s_.planning_ = false; }
    PlanScope(const PlanScope&) = delete;
    PlanScope& operator=(const PlanScope&) = delete;

   private:
    Session& s_;
  };
  base::Status send_planned();
  // Planning, or holding answers of a planned round trip.
  bool pipelining() const { return planning_ || !answered_.empty(); }
  void forget_planned();
  // COPY … FROM STDIN: copy_begin starts it, copy_send streams text-format data (any chunks,
  // buffered by libpq), copy_end finishes it (the server's verdict on the data comes here).
  // copy_abandon ends one early (nothing copied is kept). Nothing else runs on the connection
  // in between.
  base::Status copy_begin(const std::string& sql);
  base::Status copy_send(std::string_view data);
  base::Status copy_end();
  void copy_abandon();
  bool copying() const { return copying_; }
  // LISTEN/NOTIFY (store/pg/hall_changes.h; store/pg/notifications.cpp). listen() subscribes
  // this connection to `channel` (lower-case letters and _ only). await_notifications() waits up
  // to `timeout_ms` and answers how many notices arrived (0: none in time). A lost connection is
  // an error: the caller connects again, listens again and reads afresh, since notices sent
  // while nobody listened are gone.
  base::Status listen(std::string_view channel);
  base::Result<int> await_notifications(int timeout_ms);
  // Round trips to the server so far (tests, benches).
  long round_trips() const { return round_trips_; }

  // Transactions on this connection, for what must know whether a write made inside one was kept
  // (the audit chain's links, pg/audit_chains.h): each BEGIN gets the next serial number; a COMMIT
  // the server confirmed records its serial as committed (a COMMIT answered "ROLLBACK", a
  // ROLLBACK, a failed COMMIT or a lost connection do not).
  bool in_transaction() const { return in_transaction_; }
  long transaction_serial() const { return transaction_serial_; }
  long committed_serial() const { return committed_serial_; }
  // While planning, run() only notes statements (PlanScope): nothing it answers was written.
  bool planning() const { return planning_; }
  // This connection's audit chain (pg/audit_chains.h): kept with the connection, one per Session.
  AuditChainState& audit_chain() { return audit_chain_; }

 private:
  struct Planned {
    std::string name, sql;
    std::vector<std::optional<std::string>> values;
    bool prepare = false;             // not yet prepared on this connection: PQsendPrepare first
    int* prepared_in_generation = nullptr;
    ResultPtr result;                 // after send_planned
  };
  bool take_planned(const std::string& name, const std::string& sql, const std::vector<const char*>& values,
                    ResultPtr& out);
  base::Result<ResultPtr> finish(ResultPtr r, const std::string& sql);
  Session() = default;
  // A connection that was lost (server restarted) is re-opened before the next statement, unless
  // a transaction was open on it: that transaction is gone and its caller gets the error.
  base::Status ensure_connected();
  base::Error error_of(const PGresult* r, std::string_view sql) const;
  // `succeeded`: the server ran it (for COMMIT: and committed, not answered "ROLLBACK").
  void note_transaction(std::string_view sql, bool succeeded);

  PGconn* conn_ = nullptr;
  std::string uri_;
  std::string where_;
  int changes_ = 0;
  int statement_names_ = 0;
  int generation_ = 0;  // bumped at each reconnect: prepared statements are per connection
  bool in_transaction_ = false;
  long transaction_serial_ = 0;
  long committed_serial_ = 0;
  AuditChainState audit_chain_;
  bool planning_ = false;
  std::vector<Planned> planned_;  // noted while planning
  std::deque<Planned> answered_;  // sent, each with its answer, in order
  long round_trips_ = 0;
  bool copying_ = false;
};

}  // namespace store::pg
