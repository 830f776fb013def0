"""nbgrader settings of the framing course assignment (see README.md in this folder).

Run nbgrader from this folder (or from a copy of it), with the environment's bin/ on PATH:
nbgrader calls the ``alembic`` command of that environment to set up its gradebook.
"""

c = get_config()  # noqa: F821 - provided by nbgrader when it loads this file

c.CourseDirectory.course_id = "framing"
# Seconds one cell may run while autograding; the first cell imports the toolkit and its
# dependencies, which takes a while on a cold machine.
c.Execute.timeout = 300
