#!/usr/bin/env bash
# Regenerates the contract test's C# client from the API's OpenAPI document (NSwag, the repository's local dotnet tool).
# Start the API first (dotnet run --project src/NewsApi); pass another address as $1.
set -euo pipefail
cd "$(dirname "$0")"
url="${1:-http://localhost:5080}"
curl -fsS "$url/swagger/v1/swagger.json" | python3 -c 'import json, sys; d = json.load(sys.stdin); d["servers"] = [{"url": "http://localhost:5080", "description": "This server"}]; json.dump(d, sys.stdout, indent=2, ensure_ascii=False)' > openapi.json
dotnet tool restore >/dev/null
dotnet nswag openapi2csclient /input:openapi.json /output:NewsApiClient.g.cs /namespace:NewsApi.Tests.Contract.Generated \
    /className:NewsApiClient /JsonLibrary:SystemTextJson /OperationGenerationMode:SingleClientFromOperationId \
    /UseBaseUrl:false /InjectHttpClient:true /GenerateClientInterfaces:false /GenerateNullableReferenceTypes:true
