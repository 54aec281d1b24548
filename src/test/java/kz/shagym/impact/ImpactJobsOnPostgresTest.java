package kz.shagym.impact;

import kz.shagym.release.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Impact jobs on PostgreSQL, as several instances behind a load balancer share them. */
class ImpactJobsOnPostgresTest extends ImpactJobsContract {

    private static final TestDatabase.Connected DATABASE = TestDatabase.POSTGRES.open();

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @AfterAll
    static void remove() {
        DATABASE.close();
    }

    @Override
    TestDatabase.Connected database() {
        return DATABASE;
    }
}
