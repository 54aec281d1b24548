package kz.shagym.release;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The two databases the service runs on, each migrated by the real Flyway scripts into a place of
 * its own: an H2 file in a temporary folder, or a fresh PostgreSQL schema that is dropped after.
 * PostgreSQL is reached at {@code shagym.test.postgres.url} (default 127.0.0.1:5432/test, user postgres).
 */
public enum TestDatabase {

    H2 {
        @Override
        Connected connect() {
            try {
                Path folder = Files.createTempDirectory("shagym-h2-");
                String url = "jdbc:h2:file:" + folder.resolve("shagym") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
                return new Connected(url, null, () -> deleteFolder(folder));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    },

    POSTGRES {
        @Override
        Connected connect() {
            String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            execute(POSTGRES_URL, "CREATE SCHEMA " + schema);
            String url = POSTGRES_URL + (POSTGRES_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            return new Connected(url, schema, () -> execute(POSTGRES_URL, "DROP SCHEMA " + schema + " CASCADE"));
        }
    };

    private static final String POSTGRES_URL =
            System.getProperty("shagym.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String POSTGRES_USER = System.getProperty("shagym.test.postgres.user", "postgres");

    abstract Connected connect();

    /** A fresh, migrated database. Close it to remove it. */
    public Connected open() {
        return openAt(null);
    }

    /** A fresh database migrated up to {@code version} only (for a test of a later migration); all when null. */
    public Connected openAt(String version) {
        Connected connected = connect();
        connected.migrate(version);
        return connected;
    }

    public final class Connected implements AutoCloseable {

        private final String url;
        private final String schema;
        private final Runnable cleanUp;
        private final HikariDataSource dataSource;
        private final PlatformTransactionManager transactions;
        private Path checkpointFolder;

        private Connected(String url, String schema, Runnable cleanUp) {
            this.url = url;
            this.schema = schema;
            this.cleanUp = cleanUp;
            this.dataSource = pool();
            this.transactions = new JdbcTransactionManager(dataSource);
        }

        /** Applies the migrations not applied yet, up to {@code version} (all when null). */
        public void migrate(String version) {
            FluentConfiguration flyway = Flyway.configure()
                    .dataSource(dataSource)
                    // {vendor} of spring.flyway.locations, named as Spring Boot names it
                    .locations("classpath:db/migration", "classpath:db/vendor/" + DatabaseDriver.fromJdbcUrl(url).getId());
            if (schema != null) {
                flyway.schemas(schema);
            }
            if (version != null) {
                flyway.target(version);
            }
            flyway.load().migrate();
        }

        public TestDatabase kind() {
            return TestDatabase.this;
        }

        public HikariDataSource dataSource() {
            return dataSource;
        }

        public PlatformTransactionManager transactions() {
            return transactions;
        }

        public JdbcClient jdbc() {
            return JdbcClient.create(dataSource);
        }

        /**
         * The settings that point a whole application at this database. Flyway is told the schema too,
         * so that it keeps its history table beside the tables it migrated.
         */
        public Map<String, String> springProperties() {
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("spring.datasource.url", url);
            properties.put("spring.datasource.username", schema == null ? "sa" : POSTGRES_USER);
            properties.put("spring.datasource.password", "");
            if (schema != null) {
                properties.put("spring.flyway.schemas", schema);
                properties.put("spring.flyway.default-schema", schema);
            }
            // checkpoints belong to one chain: each database its own folder, and no signing unless a test asks
            properties.put("shagym.audit.checkpoints.dir", checkpoints().toString());
            properties.put("shagym.audit.checkpoints.interval", "0");
            return properties;
        }

        /** The folder of this database's audit checkpoints (and, beside it, its demo signing key). */
        public synchronized Path checkpoints() {
            if (checkpointFolder == null) {
                try {
                    checkpointFolder = Files.createTempDirectory("shagym-checkpoints-");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return checkpointFolder.resolve("checkpoints");
        }

        /** Another pool on the same database, as a restarted service would open. */
        public HikariDataSource pool() {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(url);
            pool.setUsername(schema == null ? "sa" : POSTGRES_USER);
            pool.setMaximumPoolSize(10);
            pool.setConnectionTimeout(5_000);
            return pool;
        }

        @Override
        public void close() {
            dataSource.close();
            cleanUp.run();
            if (checkpointFolder != null) {
                deleteFolder(checkpointFolder);
            }
        }
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, POSTGRES_USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " is needed for the tests: " + e.getMessage(), e);
        }
    }

    private static void deleteFolder(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
