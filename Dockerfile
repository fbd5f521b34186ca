# syntax=docker/dockerfile:1
# The bot as a container: built with the .NET SDK, run on the ASP.NET Core runtime as the image's non-root `app` user.
# Configuration comes only from environment variables (see .env.example); nothing is kept on the container's disk.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source

# Restore first, from the project files alone, so the package layer is reused until a project file changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Coordination.Core/Coordination.Core.csproj src/Coordination.Core/
COPY src/Coordination.Data/Coordination.Data.csproj src/Coordination.Data/
COPY src/Coordination.Slack/Coordination.Slack.csproj src/Coordination.Slack/
COPY src/Coordination.Teams/Coordination.Teams.csproj src/Coordination.Teams/
COPY src/Coordination.Bot/Coordination.Bot.csproj src/Coordination.Bot/
RUN dotnet restore src/Coordination.Bot/Coordination.Bot.csproj

# The sources, and the Teams manifest and icons the host copies beside its binaries for `teams-package`.
COPY .editorconfig ./
COPY src/ src/
COPY manifests/ manifests/
RUN dotnet publish src/Coordination.Bot/Coordination.Bot.csproj --configuration Release --no-restore \
      --output /app -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app

# Digest charts draw with SkiaSharp.NativeAssets.Linux.NoDependencies (no fontconfig or freetype needed) and fonts
# embedded in the bot; time zones and culture come from the image's tzdata and ICU.
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_NOLOGO=1 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
COPY --from=build /app ./

USER $APP_UID
EXPOSE 8080

# The runtime image has no curl: the bot's own `healthcheck` verb asks http://localhost:8080/healthz.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["dotnet", "/app/Coordination.Bot.dll", "healthcheck"]

# The host stops on SIGTERM: delivery releases what it holds and jobs finish within shutdownTimeoutSeconds (30).
STOPSIGNAL SIGTERM
ENTRYPOINT ["dotnet", "/app/Coordination.Bot.dll"]
