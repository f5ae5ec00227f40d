"""Starts one instance of a systemd template unit the way systemd would, for a CI run that has
no systemd: reads the unit's User, EnvironmentFile, Environment, WorkingDirectory, ExecStartPre
and ExecStart, puts the instance name in for %i, runs each ExecStartPre to its end, and starts
ExecStart as that user in the background with its output in LOG. setpriv changes the user and then becomes the server, so the PID printed is the
server's own (a `kill -9` of it kills the server). The hardening settings (ProtectSystem and the like) and Restart need systemd and
are left out; everything that decides how the server runs is taken from the unit as it is.

    python3 .ci/run-unit.py deploy/veerkracht@.service 8081 /tmp/one.log   # prints the PID
"""
import os
import shlex
import subprocess
import sys


def service_section(path):
    settings = []
    section = None
    for raw in open(path):
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            section = line
            continue
        if section == "[Service]" and "=" in line:
            key, value = line.split("=", 1)
            settings.append((key.strip(), value.strip()))
    return settings


def environment_file(path):
    values = {}
    for raw in open(path):
        line = raw.strip()
        if line and not line.startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            values[key.strip()] = value.strip().strip('"')
    return values


def main(unit, instance, log):
    settings = service_section(unit)
    env = {"PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"}
    user, directory, command, before = None, "/", None, []
    for key, value in settings:
        value = value.replace("%i", instance)
        if key == "User":
            user = value
        elif key == "EnvironmentFile":
            env.update(environment_file(value.lstrip("-")))
        elif key == "Environment":
            for assignment in shlex.split(value):
                name, _, setting = assignment.partition("=")
                env[name] = setting
        elif key == "WorkingDirectory":
            directory = value
        elif key == "ExecStartPre":
            before.append(shlex.split(value))
        elif key == "ExecStart":
            command = shlex.split(value)
    if command is None:
        sys.exit(f"{unit} has no ExecStart")
    as_user = ["setpriv", f"--reuid={user}", f"--regid={user}", "--init-groups", "--"] if user else []
    output = open(log, "w")
    for step in before:
        subprocess.run(as_user + step, env=env, cwd=directory, stdout=output, stderr=subprocess.STDOUT, check=True)
    command = as_user + command
    process = subprocess.Popen(command, env=env, cwd=directory, stdout=output, stderr=subprocess.STDOUT,
                               start_new_session=True)
    print(process.pid)


if __name__ == "__main__":
    main(*sys.argv[1:4])
