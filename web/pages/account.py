"""The user's own account: change the password (the current one is asked first)."""

from __future__ import annotations

from flask import Blueprint, flash, g, redirect, render_template, request, url_for

from matcher.errors import PasswordError
from matcher.service.accounts import MIN_LENGTH, change_password
from web.i18n import t
from web.messages import say_error

bp = Blueprint("account", __name__)


@bp.route("/account/password", methods=["GET", "POST"])
def password():
    """The change-password form; on success the user is sent to log in again."""
    if request.method == "GET":
        return render_template("account.html", error=None, min_length=MIN_LENGTH)
    form = request.form
    try:
        change_password(
            g.store, g.user, form.get("current", ""), form.get("new", ""), form.get("repeat", "")
        )
    except PasswordError as exc:
        return render_template("account.html", error=say_error(exc), min_length=MIN_LENGTH), 400
    flash(t("account.changed"), "success")
    return redirect(url_for("jobs.index"))
