package dev.staffdrill.web;

/** Page record for error.jte: 404, 403, 400 and 500 all render through the layout. */
public record ErrorPage(Shell shell, int status, String heading, String message) {
}
