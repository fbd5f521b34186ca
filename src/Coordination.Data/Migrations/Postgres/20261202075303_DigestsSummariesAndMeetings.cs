using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coordination.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DigestsSummariesAndMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DigestChannel",
                table: "Workspaces",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TimeZoneId",
                table: "Workspaces",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NeededMeeting",
                table: "Requests",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastSummaryOn",
                table: "People",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MorningSummaryOff",
                table: "People",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "DigestRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Week = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    PeriodEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PostedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Channel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DigestRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DigestRuns_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DigestVotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DigestId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Useful = table.Column<bool>(type: "boolean", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DigestVotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DigestVotes_DigestRuns_DigestId",
                        column: x => x.DigestId,
                        principalTable: "DigestRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DigestVotes_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_WorkspaceId_AskedAt",
                table: "Requests",
                columns: new[] { "WorkspaceId", "AskedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_WorkspaceId_ClosedAt",
                table: "Requests",
                columns: new[] { "WorkspaceId", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_WorkspaceId_DecidedAt",
                table: "Decisions",
                columns: new[] { "WorkspaceId", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DigestRuns_WorkspaceId_Week",
                table: "DigestRuns",
                columns: new[] { "WorkspaceId", "Week" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DigestVotes_DigestId_PersonId",
                table: "DigestVotes",
                columns: new[] { "DigestId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DigestVotes_PersonId",
                table: "DigestVotes",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DigestVotes");

            migrationBuilder.DropTable(
                name: "DigestRuns");

            migrationBuilder.DropIndex(
                name: "IX_Requests_WorkspaceId_AskedAt",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_Requests_WorkspaceId_ClosedAt",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_Decisions_WorkspaceId_DecidedAt",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "DigestChannel",
                table: "Workspaces");

            migrationBuilder.DropColumn(
                name: "TimeZoneId",
                table: "Workspaces");

            migrationBuilder.DropColumn(
                name: "NeededMeeting",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "LastSummaryOn",
                table: "People");

            migrationBuilder.DropColumn(
                name: "MorningSummaryOff",
                table: "People");
        }
    }
}
