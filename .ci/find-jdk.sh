# Sourced by ./policyannotator and .ci/run: prints the home of a JDK of version 21 or newer, or fails.
# Looks at JAVA_HOME, the java on the PATH, then every JDK under /usr/lib/jvm (newest first).
find_jdk_home() {
	local candidate home version
	for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/javac"} $(command -v javac 2>/dev/null) $(ls -d /usr/lib/jvm/*/bin/javac 2>/dev/null | sort -rV); do
		[ -x "$candidate" ] || continue
		home=$(dirname "$(dirname "$(readlink -f "$candidate")")")
		version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
		if [ -n "$version" ] && [ "${version%%.*}" -ge 21 ] 2>/dev/null; then
			echo "$home"
			return 0
		fi
	done
	return 1
}
