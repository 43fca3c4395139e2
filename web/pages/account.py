"""The user's own account: change the password (the current one is asked first)."""

from __future__ import annotations

from flask import Blueprint, flash, g, redirect, render_template, request, session, url_for

from matcher.errors import PasswordError
from matcher.service.accounts import MIN_LENGTH, change_password
from web.auth import SESSION_VERSION
from web.i18n import t
from web.messages import say_error

bp = Blueprint("account", __name__)


@bp.route("/account/password", methods=["GET", "POST"])
def password():
    """The change-password form. A change ends every other session of the user (the store bumps
    their credential version); this one is moved to the new version and goes on."""
    if request.method == "GET":
        return render_template("account.html", error=None, min_length=MIN_LENGTH)
    form = request.form
    try:
        change_password(
            g.store, g.user, form.get("current", ""), form.get("new", ""), form.get("repeat", "")
        )
    except PasswordError as exc:
        return render_template("account.html", error=say_error(exc), min_length=MIN_LENGTH), 400
    session[SESSION_VERSION] = g.store.credential_version(g.user["id"])
    flash(t("account.changed"), "success")
    return redirect(url_for("jobs.index"))
