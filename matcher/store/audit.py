"""The audit trail: what was done to which id by whom, never the personal data itself."""

from __future__ import annotations


class AuditMixin:
    """Audit lines on `self.db`."""

    def audit(self, action: str, actor: str, subject: str, detail: str = "") -> None:
        """Append one line; callers pass ids and counts only."""
        with self.db.conn:
            self.db["audit"].insert(
                {
                    "at": self.now(),
                    "action": action,
                    "actor": actor,
                    "subject": subject,
                    "detail": detail,
                }
            )

    def audit_lines(self) -> list[dict]:
        """Every audit line, oldest first."""
        return list(self.db["audit"].rows_where(order_by="id"))
