using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coordination.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PatternFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AskedLocalHour",
                table: "Stakeholders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AskedOffHours",
                table: "Stakeholders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TimeToRespond",
                table: "Stakeholders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AskedLocalHour",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AskedOf",
                table: "Requests",
                type: "INTEGER",
                nullable: true);

            // Requests asked before the column existed: how many people the ask went to (stakeholders not handed a part by a redirect).
            migrationBuilder.Sql("""
                UPDATE "Requests" SET "AskedOf" = (SELECT COUNT(*) FROM "Stakeholders" s WHERE s."RequestId" = "Requests"."Id" AND s."RedirectedFromId" IS NULL)
                WHERE "AskedOf" IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AskedLocalHour",
                table: "Stakeholders");

            migrationBuilder.DropColumn(
                name: "AskedOffHours",
                table: "Stakeholders");

            migrationBuilder.DropColumn(
                name: "TimeToRespond",
                table: "Stakeholders");

            migrationBuilder.DropColumn(
                name: "AskedLocalHour",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "AskedOf",
                table: "Requests");
        }
    }
}
