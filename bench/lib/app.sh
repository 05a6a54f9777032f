# Shared by the benchmark scripts (source it): build the jar when needed, start the packaged application on a
# free port of 127.0.0.1 against a given database with Tomcat's access log on, wait until it is healthy, and
# stop it again. Callers set: pg_host, pg_port, pg_user, pg_password, work (a directory for logs).

java=${JAVA_HOME:+$JAVA_HOME/bin/}java

bench_require() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || { echo "bench: '$tool' is needed (wrk: apt-get install wrk)" >&2; exit 1; }
    done
}

# Prints the jar, building it when there is none or the sources changed since it was built.
bench_jar() {
    local jar
    jar=$(ls target/evidence-catalogue-*.jar 2>/dev/null | head -n 1 || true)
    if [[ -z "$jar" ]] || [[ -n "$(find src/main db pom.xml -newer "$jar" -print -quit)" ]]; then
        echo "bench: building the jar" >&2
        ./mvnw -q -DskipTests package >&2
        jar=$(ls target/evidence-catalogue-*.jar | head -n 1)
    fi
    echo "$jar"
}

# bench_start_app JAR DATABASE [ARGUMENTS…]: sets app (its pid) and base_url; the access log is $work/access.log,
# a line per request: method, path and query string ("-" when there is none), status, %D, begin and end.
bench_start_app() {
    local jar=$1 database=$2 port i
    shift 2
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    base_url="http://127.0.0.1:$port"
    "$java" ${BENCH_JAVA_OPTS:-} -jar "$jar" \
        --server.address=127.0.0.1 \
        --server.port="$port" \
        --spring.datasource.url="jdbc:postgresql://$pg_host:$pg_port/$database" \
        --spring.datasource.username="$pg_user" \
        --spring.datasource.password="$pg_password" \
        --server.tomcat.accesslog.enabled=true \
        --server.tomcat.accesslog.directory="$work" \
        --server.tomcat.accesslog.prefix=access \
        --server.tomcat.accesslog.suffix=.log \
        --server.tomcat.accesslog.rotate=false \
        --server.tomcat.accesslog.buffered=false \
        --server.tomcat.accesslog.pattern='%m %U%q %s %D %{begin:msec}t %{end:msec}t' \
        "$@" \
        >"$work/app.log" 2>&1 &
    app=$!
    echo "bench: starting the application on $base_url (log: $work/app.log)"
    for (( i = 0; i < 180; i++ )); do
        if ! kill -0 "$app" 2>/dev/null; then
            echo "bench: the application stopped during start-up:" >&2
            tail -n 40 "$work/app.log" >&2
            exit 1
        fi
        if curl -fsS "$base_url/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
            return 0
        fi
        sleep 1
    done
    echo "bench: no healthy application after 180 s" >&2
    exit 1
}

bench_stop_app() {
    if [[ -n "${app:-}" ]] && kill -0 "$app" 2>/dev/null; then
        kill "$app"
        wait "$app" 2>/dev/null || true
    fi
    app=
}
