using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coordination.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class WorkingHours : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AwayFromCalendar",
                table: "People",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "EncryptedCalendarFeed",
                table: "People",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HolidayDates",
                table: "People",
                type: "nvarchar(max)",
                maxLength: 4400,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "StandInId",
                table: "People",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "WorkEnd",
                table: "People",
                type: "time",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "WorkStart",
                table: "People",
                type: "time",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "HolidayCalendarLinks",
                columns: table => new
                {
                    WorkspaceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Url = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    RefreshedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HolidayCalendarLinks", x => x.WorkspaceId);
                    table.ForeignKey(
                        name: "FK_HolidayCalendarLinks_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkspaceHolidays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkspaceHolidays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkspaceHolidays_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_People_StandInId",
                table: "People",
                column: "StandInId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkspaceHolidays_WorkspaceId_Date",
                table: "WorkspaceHolidays",
                columns: new[] { "WorkspaceId", "Date" });

            migrationBuilder.AddForeignKey(
                name: "FK_People_People_StandInId",
                table: "People",
                column: "StandInId",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_People_People_StandInId",
                table: "People");

            migrationBuilder.DropTable(
                name: "HolidayCalendarLinks");

            migrationBuilder.DropTable(
                name: "WorkspaceHolidays");

            migrationBuilder.DropIndex(
                name: "IX_People_StandInId",
                table: "People");

            migrationBuilder.DropColumn(
                name: "AwayFromCalendar",
                table: "People");

            migrationBuilder.DropColumn(
                name: "EncryptedCalendarFeed",
                table: "People");

            migrationBuilder.DropColumn(
                name: "HolidayDates",
                table: "People");

            migrationBuilder.DropColumn(
                name: "StandInId",
                table: "People");

            migrationBuilder.DropColumn(
                name: "WorkEnd",
                table: "People");

            migrationBuilder.DropColumn(
                name: "WorkStart",
                table: "People");
        }
    }
}
