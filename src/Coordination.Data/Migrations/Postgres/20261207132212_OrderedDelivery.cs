using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coordination.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OrderedDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AwaitsDelivery",
                table: "Stakeholders",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "UndeliveredAttempts",
                table: "Stakeholders",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ConversationKey",
                table: "OutboxMessages",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "IsFollowUp",
                table: "OutboxMessages",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "OpensWindow",
                table: "OutboxMessages",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "OutboxMessages",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "NotSentReason",
                table: "Attempts",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OutboxConversations",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    LeaseOwner = table.Column<Guid>(type: "uuid", nullable: true),
                    LeaseUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NotBefore = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Buckets = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxConversations", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ConversationKey_Status_Sequence",
                table: "OutboxMessages",
                columns: new[] { "ConversationKey", "Status", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutboxConversations");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_ConversationKey_Status_Sequence",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "AwaitsDelivery",
                table: "Stakeholders");

            migrationBuilder.DropColumn(
                name: "UndeliveredAttempts",
                table: "Stakeholders");

            migrationBuilder.DropColumn(
                name: "ConversationKey",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "IsFollowUp",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "OpensWindow",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "NotSentReason",
                table: "Attempts");
        }
    }
}
