# Sourced (POSIX sh) by ./mvnw, ./policyannotator and .ci/run: finds a JDK of version 21 or newer.
# Looks at JAVA_HOME, the java on the PATH, then every JDK under /usr/lib/jvm (newest first).

# The feature version of the JDK at $1 (17, 21, 25...), or nothing. Read from the JDK's release file (JAVA_VERSION="25.0.3")
# when it has one, which costs nothing; otherwise asked of its java (a JVM start, about 0.1 s).
jdk_feature_version() {
	if [ -f "$1/release" ]; then
		sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' "$1/release"
	else
		"$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
	fi
}

# Prints the home of a JDK 21+, or fails.
find_jdk_home() {
	for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/javac"} $(command -v javac 2>/dev/null) \
		$(set +f; ls -d /usr/lib/jvm/*/bin/javac 2>/dev/null | sort -rV); do
		[ -x "$candidate" ] || continue
		candidate_home=$(dirname "$(dirname "$(readlink -f "$candidate")")")
		candidate_version=$(jdk_feature_version "$candidate_home")
		if [ -n "$candidate_version" ] && [ "${candidate_version%%.*}" -ge 21 ] 2>/dev/null; then
			echo "$candidate_home"
			return 0
		fi
	done
	return 1
}

# What to say when there is none.
no_jdk_message() {
	echo "$1: the build needs a JDK 21 or newer, and none was found (JAVA_HOME, the PATH, /usr/lib/jvm)."
	echo "$1: install one (e.g. Eclipse Temurin 21 or 25 from adoptium.net, unpacked under /usr/lib/jvm) or set JAVA_HOME to it."
}
