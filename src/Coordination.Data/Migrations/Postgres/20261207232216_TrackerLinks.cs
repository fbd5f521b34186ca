using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coordination.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TrackerLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DecisionPullRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Repository = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Path = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    OpenedById = table.Column<Guid>(type: "uuid", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionPullRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecisionPullRequests_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DecisionPullRequests_People_OpenedById",
                        column: x => x.OpenedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RequestLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tracker = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    LinkedById = table.Column<Guid>(type: "uuid", nullable: true),
                    LinkedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestLinks_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RequestLinks_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrackerAccounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tracker = table.Column<int>(type: "integer", nullable: false),
                    Account = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LinkedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrackerAccounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrackerAccounts_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TrackerAccounts_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrackerDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Tracker = table.Column<int>(type: "integer", nullable: false),
                    DeliveryId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrackerDeliveries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DecisionPullRequests_DecisionId",
                table: "DecisionPullRequests",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionPullRequests_OpenedById",
                table: "DecisionPullRequests",
                column: "OpenedById");

            migrationBuilder.CreateIndex(
                name: "IX_RequestLinks_RequestId_Tracker_Key",
                table: "RequestLinks",
                columns: new[] { "RequestId", "Tracker", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RequestLinks_Tracker_Key",
                table: "RequestLinks",
                columns: new[] { "Tracker", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestLinks_WorkspaceId",
                table: "RequestLinks",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_TrackerAccounts_PersonId_Tracker",
                table: "TrackerAccounts",
                columns: new[] { "PersonId", "Tracker" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrackerAccounts_WorkspaceId_Tracker_Account",
                table: "TrackerAccounts",
                columns: new[] { "WorkspaceId", "Tracker", "Account" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrackerDeliveries_Tracker_DeliveryId",
                table: "TrackerDeliveries",
                columns: new[] { "Tracker", "DeliveryId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DecisionPullRequests");

            migrationBuilder.DropTable(
                name: "RequestLinks");

            migrationBuilder.DropTable(
                name: "TrackerAccounts");

            migrationBuilder.DropTable(
                name: "TrackerDeliveries");
        }
    }
}
