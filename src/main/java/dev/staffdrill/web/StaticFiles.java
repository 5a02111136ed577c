package dev.staffdrill.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.http.staticfiles.ResourceHandler;
import io.javalin.http.staticfiles.StaticFileConfig;
import io.javalin.security.RouteRole;
import org.eclipse.jetty.http.MimeTypes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * Serves the folders given to {@code staticFiles.add} (/static and /webjars) in place of Jetty's
 * resource handler. Jetty reads classpath files through a zip file system of the whole 19 MB jar,
 * whose central directory (about 12,000 entries) it read at every start, once per folder: a fifth
 * of the start-up thread's time. Here a file is looked up through the class loader, which has the jar
 * open already, read once and kept (the jar does not change while the app runs); files on disk (the
 * dev mode's ./static) are read on every request, so edits show at once.
 *
 * <p>Only plain paths are looked up: segments of letters, digits, '.', '_' and '-' that do not start
 * with a dot, checked on the path as sent. So "..", ".", an empty segment, a backslash or a percent
 * escape never reach a lookup, and a path on disk must still resolve inside its folder without a
 * symbolic link. Anything else, like a missing file or a folder, is left to the 404 page. Responses
 * carry the folder's headers, the file's content type (Jetty's table) and a weak ETag of its bytes;
 * a matching If-None-Match is answered 304.
 */
public final class StaticFiles implements ResourceHandler {
    private static final Pattern PLAIN = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+");

    private final List<StaticFileConfig> folders = new CopyOnWriteArrayList<>();
    private final Map<String, File> fromJar = new ConcurrentHashMap<>(); // found files only: misses are not kept
    private final ClassLoader loader = StaticFiles.class.getClassLoader();

    private record File(byte[] bytes, String contentType, String etag) {
    }

    private record Found(StaticFileConfig folder, File file) {
    }

    @Override
    public boolean addStaticFileConfig(StaticFileConfig config) {
        folders.add(config);
        return true;
    }

    @Override
    public boolean canHandle(Context ctx) {
        return find(ctx).isPresent();
    }

    @Override
    public Set<RouteRole> resourceRouteRoles(Context ctx) {
        return find(ctx).map(f -> Set.<RouteRole>copyOf(f.folder().roles)).orElse(Set.of());
    }

    @Override
    public boolean handle(Context ctx) {
        Optional<Found> found = find(ctx);
        if (found.isEmpty()) {
            return false;
        }
        File file = found.get().file();
        found.get().folder().headers.forEach(ctx::header);
        if (file.contentType() != null) {
            ctx.contentType(file.contentType());
        }
        String sent = ctx.header("If-None-Match");
        if (sent != null && Arrays.stream(sent.split(",")).map(String::strip)
                .anyMatch(t -> t.equals("*") || t.equals(file.etag()) || ("W/" + t).equals(file.etag()))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return true;
        }
        ctx.header("ETag", file.etag());
        ctx.result(file.bytes());
        return true;
    }

    private Optional<Found> find(Context ctx) {
        String path = ctx.req().getRequestURI();
        if (!plain(path)) {
            return Optional.empty();
        }
        for (StaticFileConfig folder : folders) {
            String hosted = folder.hostedPath.endsWith("/") ? folder.hostedPath : folder.hostedPath + "/";
            if (!path.startsWith(hosted) || path.length() == hosted.length()) {
                continue;
            }
            String relative = path.substring(hosted.length());
            Optional<File> file = folder.location == Location.CLASSPATH
                    ? fromClasspath(classpathName(folder.directory, relative))
                    : fromDisk(Path.of(folder.directory), relative);
            if (file.isPresent()) {
                return Optional.of(new Found(folder, file.get()));
            }
        }
        return Optional.empty();
    }

    /** True for a path of plain segments only (see the class comment). */
    static boolean plain(String rawPath) {
        return rawPath != null && PLAIN.matcher(rawPath).matches();
    }

    private static String classpathName(String directory, String relative) {
        String dir = directory.replaceAll("^/+", "").replaceAll("/+$", "");
        return dir.isEmpty() ? relative : dir + "/" + relative;
    }

    private Optional<File> fromClasspath(String name) {
        File known = fromJar.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        URL url = loader.getResource(name);
        if (url == null) {
            return Optional.empty();
        }
        try {
            boolean regularFile = switch (url.getProtocol()) {
                case "jar" -> !((JarURLConnection) url.openConnection()).getJarEntry().isDirectory();
                case "file" -> Files.isRegularFile(Path.of(url.toURI()), LinkOption.NOFOLLOW_LINKS);
                default -> false;
            };
            if (!regularFile) {
                return Optional.empty();
            }
            try (InputStream in = url.openStream()) {
                File file = file(name, in.readAllBytes());
                fromJar.put(name, file);
                return Optional.of(file);
            }
        } catch (IOException | URISyntaxException e) {
            throw new UncheckedIOException(new IOException("cannot read static file " + name, e));
        }
    }

    private static Optional<File> fromDisk(Path folder, String relative) {
        try {
            Path base = folder.toRealPath();
            Path p = base.resolve(relative).normalize();
            if (!p.startsWith(base) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                    || !p.toRealPath().startsWith(base)) {
                return Optional.empty();
            }
            return Optional.of(file(p.getFileName().toString(), Files.readAllBytes(p)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static File file(String name, byte[] bytes) {
        return new File(bytes, MimeTypes.DEFAULTS.getMimeByExtension(name), "W/\"" + digest(bytes) + "\"");
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
