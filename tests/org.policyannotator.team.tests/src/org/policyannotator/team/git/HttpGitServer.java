package org.policyannotator.team.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.BasicAuthenticator;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Git HTTP remote on loopback that needs a user name and password: the JDK's HTTP server with Basic
 * authentication in front of Debian's {@code git http-backend} (run as a CGI program per request), serving the bare
 * repositories under a folder.
 */
final class HttpGitServer implements AutoCloseable {
	static final Path BACKEND = Path.of("/usr/lib/git-core/git-http-backend");

	private final HttpServer server;
	private final Path root;

	/** Serves the repositories under {@code root} to {@code user} with {@code password}. */
	HttpGitServer(Path root, String user, String password) throws IOException {
		this.root = root;
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		HttpContext context = server.createContext("/", this::serve);
		context.setAuthenticator(new BasicAuthenticator("git") {
			@Override
			public boolean checkCredentials(String givenUser, String givenPassword) {
				return user.equals(givenUser) && password.equals(givenPassword);
			}
		});
		server.start();
	}

	/** The URL of repository {@code name} (e.g. {@code news.git}). */
	String url(String name) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
	}

	private void serve(HttpExchange exchange) throws IOException {
		try (exchange) {
			ProcessBuilder builder = new ProcessBuilder(BACKEND.toString());
			Map<String, String> env = builder.environment();
			env.put("GIT_PROJECT_ROOT", root.toString());
			env.put("GIT_HTTP_EXPORT_ALL", "1");
			env.put("REQUEST_METHOD", exchange.getRequestMethod());
			env.put("PATH_INFO", exchange.getRequestURI().getPath());
			env.put("QUERY_STRING", exchange.getRequestURI().getRawQuery() == null ? ""
					: exchange.getRequestURI().getRawQuery());
			env.put("REMOTE_USER", exchange.getPrincipal().getUsername());
			env.put("REMOTE_ADDR", "127.0.0.1");
			header(exchange, "Content-Type").ifPresent(v -> env.put("CONTENT_TYPE", v));
			header(exchange, "Content-Encoding").ifPresent(v -> env.put("HTTP_CONTENT_ENCODING", v));
			header(exchange, "Git-Protocol").ifPresent(v -> env.put("GIT_PROTOCOL", v));
			Process backend = builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
			Thread input = Thread.ofVirtual().start(() -> {
				try (InputStream body = exchange.getRequestBody(); OutputStream in = backend.getOutputStream()) {
					body.transferTo(in);
				} catch (IOException e) {
					// the backend stopped reading: its answer says why
				}
			});
			try (InputStream out = backend.getInputStream()) {
				int status = readHeaders(out, exchange);
				exchange.sendResponseHeaders(status, 0);
				try (OutputStream response = exchange.getResponseBody()) {
					out.transferTo(response);
				}
			}
			input.join(10_000);
			backend.waitFor(10, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Reads the CGI headers up to the empty line into the response; returns the status (200 unless given). */
	private static int readHeaders(InputStream out, HttpExchange exchange) throws IOException {
		int status = 200;
		while (true) {
			String line = readLine(out);
			if (line.isEmpty()) {
				return status;
			}
			int colon = line.indexOf(':');
			String name = line.substring(0, colon).strip();
			String value = line.substring(colon + 1).strip();
			if (name.equalsIgnoreCase("Status")) {
				status = Integer.parseInt(value.split(" ")[0]);
			} else {
				exchange.getResponseHeaders().add(name, value);
			}
		}
	}

	private static String readLine(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.ISO_8859_1);
	}

	private static java.util.Optional<String> header(HttpExchange exchange, String name) {
		return java.util.Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
	}

	/** Whether Debian's git with its HTTP backend is installed. */
	static boolean available() {
		return Files.isExecutable(BACKEND);
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
