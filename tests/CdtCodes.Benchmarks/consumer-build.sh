#!/usr/bin/env bash
# Consumer build cost (docs/benchmarks.md): builds one small consumer three ways and prints what each costs.
#   none     the consumer without CdtCodes' generator and analyzers (a hand-written constants class instead)
#   starter  with the generator + analyzers and the package's starter set
#   10000    with the generator + analyzers and 10,000 synthetic codes (starter set off, as for licensed data)
# Each variant is built once (restore, dependencies), then its compile is redone alone (Rebuild, no dependencies)
# with ReportAnalyzer; the second build is the one measured. Needs only the .NET SDK.
# Usage: tests/CdtCodes.Benchmarks/consumer-build.sh [output-dir] [consumer-files]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-$repo/artifacts/consumer-build}"
files="${2:-20}"
bench="$repo/tests/CdtCodes.Benchmarks"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rm -rf "$out" && mkdir -p "$out/shared"
dotnet build "$bench" -c Release -v:q -nologo >/dev/null
tool="$bench/bin/Release/net10.0/CdtCodes.Benchmarks.dll"
dotnet "$tool" --write-consumer "$out/shared/claims" "$files"
dotnet "$tool" --write-synthetic "$out/shared/synthetic" 10000

# What a user writes without the package: the constants the consumer uses.
{
  echo "namespace Bench { internal static class Cdt {"
  grep -oh 'Cdt\.D[0-9]\{4\}' "$out"/shared/claims/*.cs | sort -u | sed 's/Cdt\.\(D[0-9]*\)/    public const string \1 = "\1";/'
  echo "} }"
} > "$out/shared/HandWrittenCdt.cs"

write_project() { # name, extra properties, extra items
  mkdir -p "$out/$1"
  cat > "$out/$1/Consumer.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/src/CdtCodes/buildTransitive/CdtCodes.props" Condition="'\$(UseCdtCodes)' == 'true'" />
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <RootNamespace>Bench</RootNamespace>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
    <CompilerGeneratedFilesOutputPath>obj/generated</CompilerGeneratedFilesOutputPath>
    $2
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="../shared/claims/*.cs" />
    <ProjectReference Include="$repo/src/CdtCodes/CdtCodes.csproj" />
    $3
  </ItemGroup>
  <ItemGroup Condition="'\$(UseCdtCodes)' == 'true'">
    <ProjectReference Include="$repo/src/CdtCodes.Generator/CdtCodes.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
  <Import Project="$repo/src/CdtCodes/buildTransitive/CdtCodes.targets" Condition="'\$(UseCdtCodes)' == 'true'" />
</Project>
EOF
}

write_project none "<UseCdtCodes>false</UseCdtCodes>" '<Compile Include="../shared/HandWrittenCdt.cs" />'
write_project starter "<UseCdtCodes>true</UseCdtCodes><CdtCodesIncludeStarterSet>true</CdtCodesIncludeStarterSet><CdtCodesStarterSetDirectory>$repo/definitions/starter/</CdtCodesStarterSetDirectory>" ""
write_project 10000 "<UseCdtCodes>true</UseCdtCodes><CdtCodesIncludeStarterSet>false</CdtCodesIncludeStarterSet>" '<CdtDefinitions Include="../shared/synthetic/*.cdt.json" />'

printf '| variant | build (wall) | Csc task | generators (all) | CdtCodes generator | analyzers (all) | CdtCodes analyzers | generated source |\n|---|---:|---:|---:|---:|---:|---:|---:|\n'
for variant in none starter 10000; do
  dir="$out/$variant"
  dotnet build "$dir/Consumer.csproj" -c Release -nologo -v:q >/dev/null
  start=$(date +%s.%N)
  dotnet build "$dir/Consumer.csproj" -c Release -nologo --no-restore --no-dependencies -t:Rebuild \
    -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary > "$dir/build.log"
  end=$(date +%s.%N)
  wall=$(echo "$end - $start" | bc)
  csc=$(grep -E '^\s+[0-9]+ ms\s+Csc\s' "$dir/build.log" | tail -1 | awk '{print $1}')
  gen_all=$(grep -m1 'Total generator execution time' "$dir/build.log" | grep -oE '[0-9.]+ seconds' || true)
  ana_all=$(grep -m1 'Total analyzer execution time' "$dir/build.log" | grep -oE '[0-9.]+ seconds' || true)
  # Assembly-level rows: "<seconds> <percent> CdtCodes.Generator, Version=…" under each table.
  gen_ours=$(awk '/Total generator execution time/{g=1} /Total analyzer execution time/{g=0} g && /CdtCodes.Generator, Version/{print $1; exit}' "$dir/build.log")
  ana_ours=$(awk '/Total analyzer execution time/{a=1} /Total generator execution time/{a=0} a && /CdtCodes.Generator, Version/{print $1; exit}' "$dir/build.log")
  size=$( (find "$dir/obj/generated" -path '*CdtCodes.Generator*' -name '*.cs' -print0 2>/dev/null | du -cb --files0-from=- 2>/dev/null | tail -1 | cut -f1) || echo 0)
  printf '| %s | %.1f s | %s ms | %s | %s s | %s | %s s | %s B |\n' "$variant" "$wall" "${csc:-?}" "${gen_all:-0}" "${gen_ours:-0}" "${ana_all:-0}" "${ana_ours:-0}" "${size:-0}"
done
echo
echo "Logs: $out/<variant>/build.log (ReportAnalyzer tables under 'Total analyzer/generator execution time')."
