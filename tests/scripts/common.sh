# Sourced by bench.sh and load.sh: a work folder removed on exit (with the API the script started, if any), wrk from
# Debian when missing, and Release builds of the API and the seeder into $artifacts.
work=$(mktemp -d /tmp/newsapi-XXXXXX)
api_pid=""

cleanup() {
    if [ -n "$api_pid" ]; then kill "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null 2>&1; then
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk
fi

echo "== building (Release) into $artifacts"
dotnet build src/NewsApi -c Release -p:ArtifactsPath="$artifacts" -v q -nologo >/dev/null
dotnet build src/NewsApi.Seeder -c Release -p:ArtifactsPath="$artifacts" -v q -nologo >/dev/null
seeder=(dotnet "$artifacts/bin/NewsApi.Seeder/release/NewsApi.Seeder.dll")
# The API from its build folder as content root, so it reads its appsettings.json (logging at Warning: per-request
# Information logs to the console would otherwise be most of what a load test measures).
api=(dotnet "$artifacts/bin/NewsApi/release/NewsApi.dll" --contentRoot "$artifacts/bin/NewsApi/release" --environment Production)
