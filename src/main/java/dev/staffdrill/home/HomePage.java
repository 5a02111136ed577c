package dev.staffdrill.home;

import dev.staffdrill.web.Shell;

import java.util.List;

public record HomePage(Shell shell, List<ChapterRow> chapters, int questionCount, int setCount) {
    public record ChapterRow(int number, String title, int questions) {
    }
}
