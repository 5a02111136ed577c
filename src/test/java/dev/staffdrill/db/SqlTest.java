package dev.staffdrill.db;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqlTest {
    @Test
    void storedListsReadBackWhatWasWritten() {
        assertThat(Sql.list(List.of("A", "B"))).isEqualTo("A,B");
        assertThat(Sql.list(List.of(14, 3))).isEqualTo("14,3");
        assertThat(Sql.list(Sql.list(List.of("14-F1", "14-F3")))).containsExactly("14-F1", "14-F3");
    }

    @Test
    void emptyAndSloppyListsReadAsTheirItemsOnly() {
        assertThat(Sql.list((String) null)).isEmpty();
        assertThat(Sql.list("")).isEmpty();
        assertThat(Sql.list(" ")).isEmpty();
        assertThat(Sql.list(List.of())).isEmpty();
        assertThat(Sql.list(" A, ,B,")).containsExactly("A", "B");
    }
}
