#include "store/pg/session.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace store::pg {
namespace {

constexpr const char* kConnectTimeoutS = "10";

bool same_word(std::string_view sql, std::string_view word) {
  if (sql.size() != word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if ((sql[i] & ~0x20) != word[i]) return false;
  return true;
}

// "BEGIN", "BEGIN; SET LOCAL …", "BEGIN ISOLATION LEVEL …": the statement opens a transaction.
bool opens_transaction(std::string_view sql) {
  if (sql.size() < 5 || !same_word(sql.substr(0, 5), "BEGIN")) return false;
  return sql.size() == 5 || sql[5] == ';' || sql[5] == ' ' || sql[5] == '\n';
}

// A COMMIT of a transaction the server had already aborted answers "ROLLBACK", not an error.
bool commit_refused(const PGresult* r) { return r && std::strcmp(PQcmdStatus(const_cast<PGresult*>(r)), "ROLLBACK") == 0; }

}  // namespace

bool is_uri(std::string_view location) {
  return location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0;
}

std::string with_database(const std::string& uri, const std::string& dbname) {
  const std::size_t scheme = uri.find("://");
  const std::size_t path = uri.find('/', scheme + 3);
  const std::size_t query = uri.find('?', scheme + 3);
  if (path == std::string::npos || (query != std::string::npos && query < path)) {
    const std::size_t at = query == std::string::npos ? uri.size() : query;
    return uri.substr(0, at) + "/" + dbname + uri.substr(at);
  }
  return uri.substr(0, path + 1) + dbname + (query == std::string::npos ? "" : uri.substr(query));
}

std::string redacted(std::string_view uri) {
  std::string out(uri);
  // user:password@ in the authority
  if (auto scheme = out.find("://"); scheme != std::string::npos) {
    const std::size_t start = scheme + 3;
    const std::size_t end = out.find_first_of("/?", start);
    const std::size_t at = out.rfind('@', end == std::string::npos ? out.size() : end);
    if (at != std::string::npos && at >= start) {
      const std::size_t colon = out.find(':', start);
      if (colon != std::string::npos && colon < at) out.replace(colon + 1, at - colon - 1, "***");
    }
  }
  // password=… among the query parameters
  for (std::size_t p = out.find("password="); p != std::string::npos; p = out.find("password=", p + 1)) {
    if (p > 0 && out[p - 1] != '?' && out[p - 1] != '&') continue;
    const std::size_t value = p + 9;
    const std::size_t end = out.find('&', value);
    out.replace(value, (end == std::string::npos ? out.size() : end) - value, "***");
  }
  return out;
}

std::string one_line(std::string_view message) {
  std::string out;
  bool space = false;
  for (char c : message) {
    if (c == '\n' || c == '\t' || c == '\r' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

base::Result<std::unique_ptr<Session>> Session::connect(const std::string& uri) {
  const std::string where = redacted(uri);
  char* parse_error = nullptr;
  PQconninfoOption* options = PQconninfoParse(uri.c_str(), &parse_error);
  if (!options) {
    std::string why = parse_error ? one_line(parse_error) : "out of memory";
    PQfreemem(parse_error);
    return base::Error{"malformed PostgreSQL URI " + where + ": " + why};
  }
  PQconninfoFree(options);
  // Defaults first: the URI's own parameters (connect_timeout=…) override them.
  const char* keywords[] = {"connect_timeout", "application_name", "client_encoding", "dbname", nullptr};
  const char* values[] = {kConnectTimeoutS, "onewindow", "UTF8", uri.c_str(), nullptr};
  std::unique_ptr<Session> s(new Session());
  s->uri_ = uri;
  s->where_ = where;
  s->conn_ = PQconnectdbParams(keywords, values, /*expand_dbname=*/1);
  if (!s->conn_) return base::Error{"cannot connect to the store " + where + ": out of memory"};
  if (PQstatus(s->conn_) != CONNECTION_OK)
    return base::Error{"cannot connect to the store " + where + ": " + s->error_message()};
  // Server NOTICEs ("… does not exist, skipping") are not for the terminal's stderr.
  PQsetNoticeProcessor(s->conn_, [](void*, const char*) {}, nullptr);
  return s;
}

Session::~Session() {
  if (conn_) PQfinish(conn_);
}

base::Status Session::ensure_connected() {
  if (PQstatus(conn_) == CONNECTION_OK) return base::ok();
  if (in_transaction_)
    return base::Error{"the connection to the store " + where_ + " was lost during a transaction: " + error_message()};
  PQreset(conn_);
  if (PQstatus(conn_) != CONNECTION_OK)
    return base::Error{"cannot connect to the store " + where_ + ": " + error_message()};
  ++generation_;
  return base::ok();
}

base::Error Session::error_of(const PGresult* r, std::string_view sql) const {
  if (PQstatus(conn_) != CONNECTION_OK)
    return base::Error{"lost the connection to the store " + where_ + ": " + error_message()};
  std::string msg = "database error: ";
  const char* primary = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
  msg += primary ? one_line(primary) : error_message();
  if (const char* detail = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_DETAIL) : nullptr) msg += " (" + one_line(detail) + ")";
  msg += " in: " + one_line(sql);
  return base::Error{msg};
}

void Session::note_transaction(std::string_view sql, bool succeeded) {
  // A BEGIN that failed (the server went away under it) opened nothing: no caller will roll it
  // back, and the next statement must be free to reconnect.
  if (opens_transaction(sql)) {
    in_transaction_ = succeeded;
    if (succeeded) ++transaction_serial_;
  } else if (same_word(sql, "COMMIT")) {
    if (in_transaction_ && succeeded) committed_serial_ = transaction_serial_;
    in_transaction_ = false;
  } else if (same_word(sql, "ROLLBACK")) {
    in_transaction_ = false;
  }
}

base::Status Session::exec(const std::string& sql) {
  const bool ending = same_word(sql, "ROLLBACK");
  if (ending && PQstatus(conn_) != CONNECTION_OK) {
    // The transaction died with the connection: nothing left to roll back.
    in_transaction_ = false;
    return base::ok();
  }
  if (auto s = ensure_connected(); !s) return s;
  forget_planned();
  ++round_trips_;
  ResultPtr r(PQexec(conn_, sql.c_str()));
  const auto status = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
  const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY;
  note_transaction(sql, ok && !(same_word(sql, "COMMIT") && commit_refused(r.get())));
  if (!ok) return error_of(r.get(), sql);
  return base::ok();
}

base::Result<ResultPtr> Session::run(const std::string& name, const std::string& sql, int generation_prepared,
                                     const std::vector<const char*>& values, int* prepared_in_generation) {
  if (planning_) {
    Planned p;
    p.name = name;
    p.sql = sql;
    for (const char* v : values) p.values.push_back(v ? std::optional<std::string>(v) : std::nullopt);
    p.prepare = !name.empty() && generation_prepared != generation_;
    p.prepared_in_generation = prepared_in_generation;
    planned_.push_back(std::move(p));
    return ResultPtr(PQmakeEmptyPGresult(conn_, PGRES_TUPLES_OK));
  }
  ResultPtr kept;
  if (take_planned(name, sql, values, kept)) return finish(std::move(kept), sql);
  if (auto s = ensure_connected(); !s) return s.error();
  const int n = static_cast<int>(values.size());
  ResultPtr r;
  if (name.empty()) {
    ++round_trips_;
    r.reset(PQexecParams(conn_, sql.c_str(), n, nullptr, values.data(), nullptr, nullptr, 0));
  } else {
    if (generation_prepared != generation_) {
      ++round_trips_;
      ResultPtr prepared(PQprepare(conn_, name.c_str(), sql.c_str(), 0, nullptr));
      if (!prepared || PQresultStatus(prepared.get()) != PGRES_COMMAND_OK) return error_of(prepared.get(), sql);
      *prepared_in_generation = generation_;
    }
    ++round_trips_;
    r.reset(PQexecPrepared(conn_, name.c_str(), n, values.data(), nullptr, nullptr, 0));
  }
  return finish(std::move(r), sql);
}

base::Result<ResultPtr> Session::finish(ResultPtr r, const std::string& sql) {
  const auto status = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
  const bool refused = status == PGRES_COMMAND_OK && same_word(sql, "COMMIT") && commit_refused(r.get());
  note_transaction(sql, (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) && !refused);
  if (status == PGRES_COMMAND_OK) {
    changes_ = std::atoi(PQcmdTuples(r.get()));
    if (refused) return base::Error{"the store " + where_ + " rolled the transaction back"};
  } else if (status == PGRES_TUPLES_OK) {
    changes_ = std::atoi(PQcmdTuples(r.get()));  // INSERT … RETURNING counts its rows too
  } else if (status == PGRES_PIPELINE_ABORTED) {
    return base::Error{"database error: not run, an earlier statement of the same round trip failed in: " +
                       one_line(sql)};
  } else {
    return error_of(r.get(), sql);
  }
  return r;
}

bool Session::take_planned(const std::string& name, const std::string& sql, const std::vector<const char*>& values,
                           ResultPtr& out) {
  auto same = [&](const Planned& p) {
    if (p.name != name || p.sql != sql || p.values.size() != values.size()) return false;
    for (std::size_t i = 0; i < values.size(); ++i) {
      const auto& v = p.values[i];
      if (v.has_value() != (values[i] != nullptr) || (v && *v != values[i])) return false;
    }
    return true;
  };
  // The answers before the one taken were not wanted this time (a person the store does not know
  // reads no benefits): the server has run them anyway; they go.
  auto it = std::find_if(answered_.begin(), answered_.end(), same);
  if (it == answered_.end()) return false;
  out = std::move(it->result);
  answered_.erase(answered_.begin(), it + 1);
  return true;
}

void Session::forget_planned() {
  planned_.clear();
  answered_.clear();
}

base::Status Session::send_planned() {
  std::vector<Planned> batch = std::move(planned_);
  planned_.clear();
  answered_.clear();
  if (batch.empty()) return base::ok();
  // A connection known to be lost is not opened again here: the statements were planned against
  // the old one (an audit chain ends with it, pg/audit_chains.h). The caller's usual code
  // reconnects.
  if (PQstatus(conn_) != CONNECTION_OK)
    return base::Error{"lost the connection to the store " + where_ + ": " + error_message()};
  if (PQenterPipelineMode(conn_) != 1) return base::Error{"cannot pipeline on the store " + where_ + ": " + error_message()};
  bool sent = true;
  for (auto& p : batch) {
    std::vector<const char*> raw;
    for (const auto& v : p.values) raw.push_back(v ? v->c_str() : nullptr);
    const int n = static_cast<int>(raw.size());
    if (p.prepare) sent = sent && PQsendPrepare(conn_, p.name.c_str(), p.sql.c_str(), 0, nullptr) == 1;
    sent = sent && (p.name.empty() ? PQsendQueryParams(conn_, p.sql.c_str(), n, nullptr, raw.data(), nullptr, nullptr, 0)
                                   : PQsendQueryPrepared(conn_, p.name.c_str(), n, raw.data(), nullptr, nullptr, 0)) == 1;
  }
  sent = sent && PQpipelineSync(conn_) == 1;
  ++round_trips_;
  // Every command's answer is one result followed by nullptr; then the sync's own result.
  auto next_result = [&]() {
    ResultPtr r(PQgetResult(conn_));
    if (r) ResultPtr(PQgetResult(conn_));  // the nullptr that ends this command's answer
    return r;
  };
  base::Status status = base::ok();
  if (!sent) status = base::Error{"lost the connection to the store " + where_ + ": " + error_message()};
  for (auto& p : batch) {
    if (!sent) break;
    if (p.prepare) {
      ResultPtr prepared = next_result();
      if (prepared && PQresultStatus(prepared.get()) == PGRES_COMMAND_OK) *p.prepared_in_generation = generation_;
    }
    p.result = next_result();
  }
  if (sent) {
    // PGRES_PIPELINE_SYNC: the end of the round trip.
    for (ResultPtr r(PQgetResult(conn_)); r; r.reset(PQgetResult(conn_)))
      if (PQresultStatus(r.get()) == PGRES_PIPELINE_SYNC) break;
  }
  PQexitPipelineMode(conn_);
  if (!status) return status;
  for (auto& p : batch) answered_.push_back(std::move(p));
  return base::ok();
}

base::Status Session::copy_begin(const std::string& sql) {
  if (auto s = ensure_connected(); !s) return s;
  forget_planned();
  ++round_trips_;
  ResultPtr r(PQexec(conn_, sql.c_str()));
  if (!r || PQresultStatus(r.get()) != PGRES_COPY_IN) return error_of(r.get(), sql);
  copying_ = true;
  return base::ok();
}

base::Status Session::copy_send(std::string_view data) {
  if (PQputCopyData(conn_, data.data(), static_cast<int>(data.size())) != 1) {
    copying_ = false;
    return base::Error{"lost the connection to the store " + where_ + " during a copy: " + error_message()};
  }
  return base::ok();
}

base::Status Session::copy_end() {
  copying_ = false;
  if (PQputCopyEnd(conn_, nullptr) != 1)
    return base::Error{"lost the connection to the store " + where_ + " during a copy: " + error_message()};
  ++round_trips_;
  base::Status status = base::ok();
  for (ResultPtr r(PQgetResult(conn_)); r; r.reset(PQgetResult(conn_))) {
    if (PQresultStatus(r.get()) != PGRES_COMMAND_OK && status) status = error_of(r.get(), "COPY");
    else if (status) changes_ = std::atoi(PQcmdTuples(r.get()));
  }
  return status;
}

void Session::copy_abandon() {
  if (!copying_) return;
  copying_ = false;
  if (PQputCopyEnd(conn_, "import abandoned") == 1)
    for (ResultPtr r(PQgetResult(conn_)); r; r.reset(PQgetResult(conn_))) {
    }
}

base::Result<long long> Session::last_insert_id() {
  const int changes = changes_;
  auto r = run("", "SELECT lastval()", 0, {}, nullptr);
  changes_ = changes;
  if (!r) return r.error();
  return std::atoll(PQgetvalue(r->get(), 0, 0));
}

}  // namespace store::pg
