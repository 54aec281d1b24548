package kz.shagym.impact;

import kz.shagym.release.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Impact jobs on an H2 file, as the embedded demo keeps them. */
class ImpactJobsOnH2Test extends ImpactJobsContract {

    private static final TestDatabase.Connected DATABASE = TestDatabase.H2.open();

    @DynamicPropertySource
    static void onH2(DynamicPropertyRegistry registry) {
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
