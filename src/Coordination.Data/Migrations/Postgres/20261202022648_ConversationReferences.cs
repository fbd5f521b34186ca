using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coordination.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ConversationReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConversationReferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Platform = table.Column<int>(type: "integer", nullable: false),
                    WorkspaceExternalId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ConversationId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ConversationType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    TeamId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ServiceUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationReferences", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConversationReferences_Platform_WorkspaceExternalId_Convers~",
                table: "ConversationReferences",
                columns: new[] { "Platform", "WorkspaceExternalId", "ConversationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConversationReferences_Platform_WorkspaceExternalId_Updated~",
                table: "ConversationReferences",
                columns: new[] { "Platform", "WorkspaceExternalId", "UpdatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConversationReferences");
        }
    }
}
