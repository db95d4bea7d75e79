package dev.mynalab.registry.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.registry.event.RegistryEvent;
import dev.mynalab.registry.event.StoredEvent;
import dev.mynalab.registry.number.MyNumber;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.registry.store.ConcurrentWriteException;
import dev.mynalab.registry.store.RegistryStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * The register in a relational database: an embedded H2 file by default ({@link #h2File}), or
 * PostgreSQL by a JDBC URL ({@link #open}). Flyway migrates the schema on open ({@code
 * db/migration/registry}). One {@link #append} is one transaction: events, the new resident row
 * (optimistic on its version) and the claimed numbers commit together or not at all.
 *
 * <p>One connection, one writer (methods are synchronized): the register is single-writer by
 * design, like a municipality's 住基 system.
 */
public final class JdbcRegistryStore implements RegistryStore {

  private static final ObjectMapper JSON = Json.mapper();

  private final Connection connection;
  private final String url;
  private final java.util.Map<String, PreparedStatement> statements = new java.util.HashMap<>();
  private int groupCommit = 1;
  private int uncommitted;

  private JdbcRegistryStore(Connection connection, String url) {
    this.connection = connection;
    this.url = url;
  }

  /**
   * An embedded H2 database in {@code file} (created if absent). {@code WRITE_DELAY=0}: a commit is
   * written to the file before it returns, so an acknowledged event survives a killed process.
   */
  public static JdbcRegistryStore h2File(Path file) {
    return h2File(file, 128);
  }

  /**
   * As {@link #h2File(Path)}, with H2's page cache of {@code cacheMegabytes} (128 by default; the
   * benchmark gives a register of a million residents enough to hold its indexes).
   */
  public static JdbcRegistryStore h2File(Path file, int cacheMegabytes) {
    if (cacheMegabytes < 1) {
      throw new IllegalArgumentException("cache must be at least 1 MB, got " + cacheMegabytes);
    }
    return open(
        "jdbc:h2:file:"
            + file.toAbsolutePath()
            + ";WRITE_DELAY=0;CACHE_SIZE="
            + (cacheMegabytes * 1024),
        "sa",
        "");
  }

  /** Any database by JDBC URL (H2 or PostgreSQL), migrated to the current schema. */
  public static JdbcRegistryStore open(String url, String user, String password) {
    Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration/registry")
        .table("registry_schema_history")
        .load()
        .migrate();
    try {
      Connection c = DriverManager.getConnection(url, user, password);
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      return new JdbcRegistryStore(c, url);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot open the register at " + url + ": " + e.getMessage(), e);
    }
  }

  public String url() {
    return url;
  }

  /**
   * Group commit, for bulk loads only: commit once every {@code appends} appends instead of after
   * each. Each append still applies completely or not at all (a savepoint per append), but an
   * append is durable only once its group is committed ({@link #flush()}). The default, 1, commits
   * every append before acknowledging it (what the crash test proves).
   */
  public synchronized void groupCommit(int appends) {
    if (appends < 1) {
      throw new IllegalArgumentException("appends per commit must be at least 1, got " + appends);
    }
    flush();
    this.groupCommit = appends;
  }

  /**
   * Copies a whole register (events with their ids, states, uniqueness sets) into this empty store:
   * for loading a generated population, not for 届出 (those go through {@link #append}, one
   * transaction each). What makes it fast, and why each step stays honest:
   *
   * <ul>
   *   <li>JDBC batches of {@code chunk} rows, committed per chunk (never per row). Small
   *       transactions on purpose: H2 keeps every uncommitted row of a transaction in its undo log
   *       and walks it at commit, so one huge transaction per table was several times slower.
   *   <li>Rows in primary-key order (numbers, codes and residents sorted; events by id), so each
   *       primary-key B-tree grows at its right edge instead of rewriting pages at random.
   *   <li>H2 only: the unique constraints and plain indexes (on 住民票コード, 個人番号, deadline, person) are
   *       dropped before the copy and recreated under the same names after it, so H2 builds each by
   *       sorting instead of inserting a million random keys (at 50,000 residents, same run: 37 s
   *       with the indexes in place, 20 s deferred). Uniqueness is still checked when a constraint
   *       is recreated; a duplicate fails the load.
   *   <li>H2 only, and only during the load: {@code SET WRITE_DELAY} to {@value
   *       #BULK_WRITE_DELAY_MS} ms — the MVStore equivalent of the old {@code LOG=0}: a chunk
   *       commit no longer waits for its write. The previous {@code WRITE_DELAY=0} (what the crash
   *       test proves: an acknowledged 届出 is on disk) is restored in {@code finally}, followed by a
   *       {@code CHECKPOINT}, before the method returns; the event stream never runs with the
   *       delay.
   * </ul>
   *
   * <p>The copy is not atomic as a whole (a crash mid-load leaves part of it): on failure, {@link
   * #reset()} and load again. Refuses a store that already holds residents or events.
   */
  public synchronized void bulkLoad(
      dev.mynalab.registry.store.InMemoryRegistryStore source, int chunk) {
    if (chunk < 1) {
      throw new IllegalArgumentException("rows per batch must be at least 1, got " + chunk);
    }
    flush();
    if (residentCount() > 0 || eventCount() > 0) {
      throw new IllegalStateException("bulk load needs an empty store; reset() it first");
    }
    boolean h2 = url.startsWith("jdbc:h2:");
    Integer writeDelay = null;
    List<String> recreate = List.of();
    try {
      if (h2) {
        writeDelay = h2WriteDelay();
        execute("SET WRITE_DELAY " + BULK_WRITE_DELAY_MS);
        recreate = dropSecondaryIndexes();
      }
      batch(
          "INSERT INTO issued_my_number (my_number) VALUES (?)",
          sorted(source.issuedNumbers(), java.util.Comparator.naturalOrder()),
          chunk,
          (ps, n) -> ps.setString(1, n));
      batch(
          "INSERT INTO assigned_resident_code (resident_code) VALUES (?)",
          sorted(source.assignedResidentCodes(), java.util.Comparator.naturalOrder()),
          chunk,
          (ps, c) -> ps.setString(1, c));
      batch(
          "INSERT INTO resident (person_id, resident_code, my_number, municipality, status,"
              + " next_deadline, version, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          sorted(source.residents(), java.util.Comparator.comparing(Resident::personId)),
          chunk,
          (ps, r) -> {
            ps.setString(1, r.personId());
            ps.setString(2, r.residentCode());
            ps.setString(3, r.myNumber());
            ps.setString(4, r.municipality());
            ps.setString(5, r.status().name());
            ps.setObject(6, RegistryStore.nextDeadline(r));
            ps.setLong(7, r.version());
            ps.setString(8, json(r));
          });
      List<StoredEvent> events = source.eventsAfter(0, Integer.MAX_VALUE);
      batch(
          "INSERT INTO registry_event (id, person_id, type, effective_on, recorded_at, payload)"
              + " VALUES (?, ?, ?, ?, ?, ?)",
          events,
          chunk,
          (ps, e) -> {
            ps.setLong(1, e.id());
            ps.setString(2, e.event().personId());
            ps.setString(3, e.event().getClass().getSimpleName());
            ps.setObject(4, e.event().effectiveOn());
            ps.setTimestamp(5, Timestamp.from(e.recordedAt()));
            ps.setString(6, json(e.event()));
          });
      long last = events.isEmpty() ? 0 : events.get(events.size() - 1).id();
      execute("ALTER TABLE registry_event ALTER COLUMN id RESTART WITH " + (last + 1));
      connection.commit();
    } catch (SQLException e) {
      rollback();
      throw new IllegalStateException("bulk load failed: " + e.getMessage(), e);
    } finally {
      if (writeDelay != null) {
        try {
          for (String ddl : recreate) {
            execute(ddl);
          }
          execute("SET WRITE_DELAY " + writeDelay);
          execute("CHECKPOINT");
          connection.commit();
        } catch (SQLException e) {
          throw new IllegalStateException(
              "cannot restore WRITE_DELAY=" + writeDelay + " after the bulk load", e);
        }
      }
    }
  }

  /**
   * Drops every unique constraint and plain index of the schema (H2 only; not the primary keys) and
   * returns the DDL that recreates them under the same names: H2 then builds each by sorting the
   * loaded rows instead of inserting a million random keys one by one. The test checks that the
   * schema's indexes afterwards are the ones before.
   */
  private List<String> dropSecondaryIndexes() throws SQLException {
    List<String> drop = new ArrayList<>();
    List<String> create = new ArrayList<>();
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT c.CONSTRAINT_NAME, c.TABLE_NAME, k.COLUMN_NAME"
                    + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS c"
                    + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k"
                    + " ON k.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA"
                    + " AND k.CONSTRAINT_NAME = c.CONSTRAINT_NAME"
                    + " WHERE c.CONSTRAINT_SCHEMA = 'PUBLIC' AND c.CONSTRAINT_TYPE = 'UNIQUE'"
                    + " ORDER BY c.CONSTRAINT_NAME, k.ORDINAL_POSITION")) {
      java.util.Map<String, String[]> unique = new java.util.LinkedHashMap<>();
      while (rs.next()) {
        unique.merge(
            rs.getString(1),
            new String[] {rs.getString(2), quote(rs.getString(3))},
            (a, b) -> new String[] {a[0], a[1] + ", " + b[1]});
      }
      unique.forEach(
          (name, t) -> {
            drop.add("ALTER TABLE " + quote(t[0]) + " DROP CONSTRAINT " + quote(name));
            create.add(
                "ALTER TABLE "
                    + quote(t[0])
                    + " ADD CONSTRAINT "
                    + quote(name)
                    + " UNIQUE ("
                    + t[1]
                    + ")");
          });
    }
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT i.INDEX_NAME, i.TABLE_NAME, c.COLUMN_NAME"
                    + " FROM INFORMATION_SCHEMA.INDEXES i"
                    + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c"
                    + " ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME"
                    + " WHERE i.INDEX_SCHEMA = 'PUBLIC' AND i.INDEX_TYPE_NAME = 'INDEX'"
                    + " ORDER BY i.INDEX_NAME, c.ORDINAL_POSITION")) {
      java.util.Map<String, String[]> plain = new java.util.LinkedHashMap<>();
      while (rs.next()) {
        plain.merge(
            rs.getString(1),
            new String[] {rs.getString(2), quote(rs.getString(3))},
            (a, b) -> new String[] {a[0], a[1] + ", " + b[1]});
      }
      plain.forEach(
          (name, t) -> {
            drop.add("DROP INDEX " + quote(name));
            create.add("CREATE INDEX " + quote(name) + " ON " + quote(t[0]) + " (" + t[1] + ")");
          });
    }
    for (String ddl : drop) {
      execute(ddl);
    }
    connection.commit();
    return create;
  }

  /** Every index of the schema as "table[.name] type (columns)", for tests. */
  synchronized List<String> schemaIndexes() {
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME,"
                    + " LISTAGG(c.COLUMN_NAME, ',') WITHIN GROUP (ORDER BY c.ORDINAL_POSITION)"
                    + " FROM INFORMATION_SCHEMA.INDEXES i"
                    + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c"
                    + " ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME"
                    + " WHERE i.INDEX_SCHEMA = 'PUBLIC'"
                    + " GROUP BY i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME"
                    + " ORDER BY 1, 2")) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        // a constraint's backing index gets a new internal name when rebuilt: named by its
        // table, type and columns; a plain index by its own name
        boolean plain = "INDEX".equals(rs.getString(3));
        out.add(
            rs.getString(1)
                + (plain ? "." + rs.getString(2) : "")
                + " "
                + rs.getString(3)
                + " ("
                + rs.getString(4)
                + ")");
      }
      endRead();
      return out;
    } catch (SQLException e) {
      rollback();
      throw new IllegalStateException("cannot list indexes: " + e.getMessage(), e);
    }
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** The write delay during {@link #bulkLoad} only (milliseconds; H2's default is 500). */
  static final int BULK_WRITE_DELAY_MS = 1000;

  /** H2's current {@code WRITE_DELAY} in milliseconds (0 for a store opened by {@link #h2File}). */
  synchronized int h2WriteDelay() {
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME = 'WRITE_DELAY'")) {
      int delay = rs.next() ? Integer.parseInt(rs.getString(1)) : 0;
      endRead();
      return delay;
    } catch (SQLException e) {
      rollback();
      throw new IllegalStateException("cannot read WRITE_DELAY: " + e.getMessage(), e);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute(sql);
    }
  }

  private static <T> List<T> sorted(List<T> rows, java.util.Comparator<? super T> order) {
    List<T> copy = new ArrayList<>(rows);
    copy.sort(order);
    return copy;
  }

  private interface Binder<T> {
    void bind(PreparedStatement ps, T row) throws SQLException;
  }

  private <T> void batch(String sql, List<T> rows, int chunk, Binder<T> binder)
      throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      int n = 0;
      for (T row : rows) {
        binder.bind(ps, row);
        ps.addBatch();
        if (++n % chunk == 0) {
          ps.executeBatch();
          connection.commit();
        }
      }
      ps.executeBatch();
      connection.commit();
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  /** Commits the appends of an open group. */
  public synchronized void flush() {
    if (uncommitted > 0) {
      try {
        connection.commit();
        uncommitted = 0;
      } catch (SQLException e) {
        throw new IllegalStateException("commit failed: " + e.getMessage(), e);
      }
    }
  }

  private java.sql.Savepoint savepoint;

  private void rollbackAppend(java.sql.Savepoint sp) {
    if (sp == null) {
      rollback();
      return;
    }
    try {
      connection.rollback(sp);
    } catch (SQLException e) {
      rollback();
      uncommitted = 0;
    }
  }

  @Override
  public synchronized List<StoredEvent> append(
      long expectedVersion,
      List<RegistryEvent> events,
      Resident after,
      Instant recordedAt,
      List<String> claimedNumbers,
      List<String> claimedResidentCodes) {
    try {
      List<StoredEvent> stored = new ArrayList<>();
      savepoint = groupCommit > 1 ? connection.setSavepoint() : null;
      for (String n : claimedNumbers) {
        insertKey("INSERT INTO issued_my_number (my_number) VALUES (?)", n);
      }
      for (String c : claimedResidentCodes) {
        insertKey("INSERT INTO assigned_resident_code (resident_code) VALUES (?)", c);
      }
      {
        PreparedStatement ps =
            prepare(
                "INSERT INTO registry_event (person_id, type, effective_on, recorded_at, payload)"
                    + " VALUES (?, ?, ?, ?, ?)");
        for (RegistryEvent e : events) {
          ps.setString(1, e.personId());
          ps.setString(2, e.getClass().getSimpleName());
          ps.setObject(3, e.effectiveOn());
          ps.setTimestamp(4, Timestamp.from(recordedAt));
          ps.setString(5, JSON.writeValueAsString(e));
          ps.executeUpdate();
          try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            stored.add(new StoredEvent(keys.getLong(1), recordedAt, e));
          }
        }
      }
      writeResident(expectedVersion, after);
      if (++uncommitted >= groupCommit) {
        connection.commit();
        uncommitted = 0;
      } else {
        connection.releaseSavepoint(savepoint);
      }
      return stored;
    } catch (SQLException | JsonProcessingException | RuntimeException e) {
      rollbackAppend(savepoint);
      if (e instanceof ConcurrentWriteException c) {
        throw c;
      }
      if (e instanceof SQLException s && isUniqueViolation(s)) {
        throw new ConcurrentWriteException(
            "a claimed number or code is taken: " + s.getMessage(), s);
      }
      throw new IllegalStateException("append failed and was rolled back: " + e.getMessage(), e);
    }
  }

  private void insertKey(String sql, String key) throws SQLException {
    PreparedStatement ps = prepare(sql);
    ps.setString(1, key);
    ps.executeUpdate();
  }

  /** A prepared statement, prepared once per connection (H2 and PostgreSQL then skip parsing). */
  private PreparedStatement prepare(String sql) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    if (ps == null) {
      ps =
          sql.startsWith("INSERT INTO registry_event")
              ? connection.prepareStatement(sql, new String[] {"id"})
              : connection.prepareStatement(sql);
      statements.put(sql, ps);
    }
    return ps;
  }

  private void writeResident(long expectedVersion, Resident r)
      throws SQLException, JsonProcessingException {
    String state = JSON.writeValueAsString(r);
    LocalDate deadline = RegistryStore.nextDeadline(r);
    if (expectedVersion == 0) {
      {
        PreparedStatement ps =
            prepare(
                "INSERT INTO resident (person_id, resident_code, my_number, municipality, status,"
                    + " next_deadline, version, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        ps.setString(1, r.personId());
        ps.setString(2, r.residentCode());
        ps.setString(3, r.myNumber());
        ps.setString(4, r.municipality());
        ps.setString(5, r.status().name());
        ps.setObject(6, deadline);
        ps.setLong(7, r.version());
        ps.setString(8, state);
        ps.executeUpdate();
      }
      return;
    }
    {
      PreparedStatement ps =
          prepare(
              "UPDATE resident SET resident_code = ?, my_number = ?, municipality = ?, status = ?,"
                  + " next_deadline = ?, version = ?, state = ? WHERE person_id = ? AND version = ?");
      ps.setString(1, r.residentCode());
      ps.setString(2, r.myNumber());
      ps.setString(3, r.municipality());
      ps.setString(4, r.status().name());
      ps.setObject(5, deadline);
      ps.setLong(6, r.version());
      ps.setString(7, state);
      ps.setString(8, r.personId());
      ps.setLong(9, expectedVersion);
      if (ps.executeUpdate() != 1) {
        throw new ConcurrentWriteException(
            r.personId() + " is no longer at version " + expectedVersion);
      }
    }
  }

  /** Ends a read's transaction, unless a write group is open (it stays open to its commit). */
  private void endRead() throws SQLException {
    if (uncommitted == 0) {
      connection.commit();
    }
  }

  private static boolean isUniqueViolation(SQLException e) {
    // SQLSTATE 23505: unique violation, in both H2 and PostgreSQL
    return "23505".equals(e.getSQLState());
  }

  private void rollback() {
    uncommitted = 0;
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the connection is broken; the transaction did not commit either way
    }
  }

  @Override
  public Optional<Resident> byPersonId(String personId) {
    return oneResident("SELECT state FROM resident WHERE person_id = ?", personId);
  }

  @Override
  public Optional<Resident> byResidentCode(String residentCode) {
    return oneResident("SELECT state FROM resident WHERE resident_code = ?", residentCode);
  }

  @Override
  public Optional<Resident> byMyNumber(String myNumber) {
    return oneResident("SELECT state FROM resident WHERE my_number = ?", myNumber);
  }

  private synchronized Optional<Resident> oneResident(String sql, String key) {
    List<Resident> found = residents(sql, key);
    return found.stream().findFirst();
  }

  private synchronized List<Resident> residents(String sql, Object parameter) {
    try {
      PreparedStatement ps = prepare(sql);
      ps.setObject(1, parameter);
      List<Resident> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(JSON.readValue(rs.getString(1), Resident.class));
        }
      }
      endRead();
      return out;
    } catch (SQLException | JsonProcessingException e) {
      rollback();
      throw new IllegalStateException("query failed: " + e.getMessage(), e);
    }
  }

  @Override
  public List<StoredEvent> events(String personId) {
    return events(
        "SELECT id, recorded_at, payload FROM registry_event WHERE person_id = ? ORDER BY id",
        personId,
        Integer.MAX_VALUE);
  }

  @Override
  public List<StoredEvent> eventsAfter(long afterId, int limit) {
    return events(
        "SELECT id, recorded_at, payload FROM registry_event WHERE id > ? ORDER BY id",
        afterId,
        limit);
  }

  private synchronized List<StoredEvent> events(String sql, Object parameter, int limit) {
    try {
      PreparedStatement ps = prepare(sql);
      ps.setObject(1, parameter);
      ps.setMaxRows(limit == Integer.MAX_VALUE ? 0 : limit);
      List<StoredEvent> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new StoredEvent(
                  rs.getLong(1),
                  rs.getTimestamp(2).toInstant(),
                  JSON.readValue(rs.getString(3), RegistryEvent.class)));
        }
      }
      endRead();
      return out;
    } catch (SQLException | JsonProcessingException e) {
      rollback();
      throw new IllegalStateException("query failed: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean residentCodeTaken(String code) {
    return exists("SELECT 1 FROM assigned_resident_code WHERE resident_code = ?", code);
  }

  @Override
  public List<Resident> withDeadlineBefore(LocalDate day) {
    return residents("SELECT state FROM resident WHERE next_deadline < ? ORDER BY person_id", day);
  }

  @Override
  public long residentCount() {
    return count("SELECT COUNT(*) FROM resident");
  }

  @Override
  public long eventCount() {
    return count("SELECT COUNT(*) FROM registry_event");
  }

  private synchronized long count(String sql) {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      long n = rs.getLong(1);
      endRead();
      return n;
    } catch (SQLException e) {
      rollback();
      throw new IllegalStateException("query failed: " + e.getMessage(), e);
    }
  }

  private synchronized boolean exists(String sql, String key) {
    try {
      PreparedStatement ps = prepare(sql);
      ps.setString(1, key);
      boolean found;
      try (ResultSet rs = ps.executeQuery()) {
        found = rs.next();
      }
      endRead();
      return found;
    } catch (SQLException e) {
      rollback();
      throw new IllegalStateException("query failed: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void reset() {
    try (Statement st = connection.createStatement()) {
      st.executeUpdate("DELETE FROM registry_event");
      st.executeUpdate("DELETE FROM resident");
      st.executeUpdate("DELETE FROM issued_my_number");
      st.executeUpdate("DELETE FROM assigned_resident_code");
      connection.commit();
    } catch (SQLException e) {
      rollback();
      throw new IllegalStateException("reset failed: " + e.getMessage(), e);
    }
  }

  /**
   * Closes an H2 file store after compacting it ({@code SHUTDOWN COMPACT}), so that its size on
   * disk is the data, not the history of copy-on-write chunks. Other databases just close.
   */
  public synchronized void closeCompacted() {
    flush();
    if (url.startsWith("jdbc:h2:")) {
      try (Statement st = connection.createStatement()) {
        st.execute("SHUTDOWN COMPACT");
      } catch (SQLException e) {
        throw new IllegalStateException("SHUTDOWN COMPACT failed: " + e.getMessage(), e);
      }
    }
    close();
  }

  @Override
  public synchronized void close() {
    try {
      if (!connection.isClosed() && uncommitted > 0) {
        connection.commit();
      }
      for (PreparedStatement ps : statements.values()) {
        ps.close();
      }
      statements.clear();
      connection.close();
    } catch (SQLException ignored) {
      // closing is best effort
    }
  }

  /**
   * Claims {@code number} outside any event (for the {@code mynumber generate} CLI); the registry
   * itself claims inside {@link #append}.
   */
  @Override
  public synchronized boolean claim(MyNumber number) {
    try {
      insertKey("INSERT INTO issued_my_number (my_number) VALUES (?)", number.digits());
      connection.commit();
      return true;
    } catch (SQLException e) {
      rollback();
      if (isUniqueViolation(e)) {
        return false;
      }
      throw new IllegalStateException("claim failed: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean contains(MyNumber number) {
    return exists("SELECT 1 FROM issued_my_number WHERE my_number = ?", number.digits());
  }

  /** Bytes on disk of an H2 file store (for the benchmark), or -1 when not an H2 file. */
  public long h2FileBytes() {
    if (!url.startsWith("jdbc:h2:file:")) {
      return -1;
    }
    String path = url.substring("jdbc:h2:file:".length()).split(";")[0] + ".mv.db";
    try {
      return java.nio.file.Files.size(Path.of(path));
    } catch (java.io.IOException e) {
      return -1;
    }
  }
}
