CREATE EXTENSION "plpgsql_check" SCHEMA "extensions";

COMMENT ON EXTENSION "plpgsql_check" IS 'extended check for plpgsql functions';

REVOKE ALL ON FUNCTION "extensions"."__plpgsql_show_dependency_tb"(regprocedure, regclass) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."__plpgsql_show_dependency_tb"(regprocedure, regclass) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."__plpgsql_show_dependency_tb"(regprocedure, regclass) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."__plpgsql_show_dependency_tb"(regprocedure, regclass) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."__plpgsql_show_dependency_tb"(regprocedure, regclass) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."__plpgsql_show_dependency_tb"(regprocedure, regclass) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."__plpgsql_show_dependency_tb"(text, regclass) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."__plpgsql_show_dependency_tb"(text, regclass) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."__plpgsql_show_dependency_tb"(text, regclass) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."__plpgsql_show_dependency_tb"(text, regclass) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."__plpgsql_show_dependency_tb"(text, regclass) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."__plpgsql_show_dependency_tb"(text, regclass) TO "service_role";

REVOKE ALL
  ON FUNCTION
    "extensions"."plpgsql_check_function"(regprocedure, regclass, text, boolean, boolean, boolean, boolean, boolean, boolean, name, name, regtype, regtype, regtype, regtype,
    regtype, boolean, boolean, boolean, boolean)
  FROM "anon";

GRANT EXECUTE
  ON FUNCTION
    "extensions"."plpgsql_check_function"(regprocedure, regclass, text, boolean, boolean, boolean, boolean, boolean, boolean, name, name, regtype, regtype, regtype, regtype,
    regtype, boolean, boolean, boolean, boolean)
  TO "anon";

REVOKE ALL
  ON FUNCTION
    "extensions"."plpgsql_check_function"(regprocedure, regclass, text, boolean, boolean, boolean, boolean, boolean, boolean, name, name, regtype, regtype, regtype, regtype,
    regtype, boolean, boolean, boolean, boolean)
  FROM "authenticated";

GRANT EXECUTE
  ON FUNCTION
    "extensions"."plpgsql_check_function"(regprocedure, regclass, text, boolean, boolean, boolean, boolean, boolean, boolean, name, name, regtype, regtype, regtype, regtype,
    regtype, boolean, boolean, boolean, boolean)
  TO "authenticated";

REVOKE ALL
  ON FUNCTION
    "extensions"."plpgsql_check_function"(regprocedure, regclass, text, boolean, boolean, boolean, boolean, boolean, boolean, name, name, regtype, regtype, regtype, regtype,
    regtype, boolean, boolean, boolean, boolean)
  FROM "service_role";

GRANT EXECUTE
  ON FUNCTION
    "extensions"."plpgsql_check_function"(regprocedure, regclass, text, boolean, boolean, boolean, boolean, boolean, boolean, name, name, regtype, regtype, regtype, regtype,
    regtype, boolean, boolean, boolean, boolean)
  TO "service_role";

REVOKE ALL
  ON FUNCTION
    "extensions"."plpgsql_check_function"(text, regclass, text, boolean, boolean, boolean, boolean, boolean, boolean, name, name, regtype, regtype, regtype, regtype, regtype,
    boolean, boolean, boolean, boolean)
  FROM "anon";

GRANT EXECUTE
  ON FUNCTION
    "extensions"."plpgsql_check_function"(text, regclass, text, boolean, boolean, boolean, boolean, boolean, boolean, name, name, regtype, regtype, regtype, regtype, regtype,
    boolean, boolean, boolean, boolean)
  TO "anon";

REVOKE ALL
  ON FUNCTION
    "extensions"."plpgsql_check_function"(text, regclass, text, boolean, boolean, boolean, boolean, boolean, boolean, name, name, regtype, regtype, regtype, regtype, regtype,
    boolean, boolean, boolean, boolean)
  FROM "authenticated";

GRANT EXECUTE
  ON FUNCTION
    "extensions"."plpgsql_check_function"(text, regclass, text, boolean, boolean, boolean, boolean, boolean, boolean, name, name, regtype, regtype, regtype, regtype, regtype,
    boolean, boolean, boolean, boolean)
  TO "authenticated";

REVOKE ALL
  ON FUNCTION
    "extensions"."plpgsql_check_function"(text, regclass, text, boolean, boolean, boolean, boolean, boolean, boolean, name, name, regtype, regtype, regtype, regtype, regtype,
    boolean, boolean, boolean, boolean)
  FROM "service_role";

GRANT EXECUTE
  ON FUNCTION
    "extensions"."plpgsql_check_function"(text, regclass, text, boolean, boolean, boolean, boolean, boolean, boolean, name, name, regtype, regtype, regtype, regtype, regtype,
    boolean, boolean, boolean, boolean)
  TO "service_role";

REVOKE ALL
  ON FUNCTION
    "extensions"."plpgsql_check_function_tb"(regprocedure, regclass, boolean, boolean, boolean, boolean, boolean, boolean, name, name, regtype, regtype, regtype, regtype, regtype,
    boolean, boolean, boolean, boolean)
  FROM "anon";

GRANT EXECUTE
  ON FUNCTION
    "extensions"."plpgsql_check_function_tb"(regprocedure, regclass, boolean, boolean, boolean, boolean, boolean, boolean, name, name, regtype, regtype, regtype, regtype, regtype,
    boolean, boolean, boolean, boolean)
  TO "anon";

REVOKE ALL
  ON FUNCTION
    "extensions"."plpgsql_check_function_tb"(regprocedure, regclass, boolean, boolean, boolean, boolean, boolean, boolean, name, name, regtype, regtype, regtype, regtype, regtype,
    boolean, boolean, boolean, boolean)
  FROM "authenticated";

GRANT EXECUTE
  ON FUNCTION
    "extensions"."plpgsql_check_function_tb"(regprocedure, regclass, boolean, boolean, boolean, boolean, boolean, boolean, name, name, regtype, regtype, regtype, regtype, regtype,
    boolean, boolean, boolean, boolean)
  TO "authenticated";

REVOKE ALL
  ON FUNCTION
    "extensions"."plpgsql_check_function_tb"(regprocedure, regclass, boolean, boolean, boolean, boolean, boolean, boolean, name, name, regtype, regtype, regtype, regtype, regtype,
    boolean, boolean, boolean, boolean)
  FROM "service_role";

GRANT EXECUTE
  ON FUNCTION
    "extensions"."plpgsql_check_function_tb"(regprocedure, regclass, boolean, boolean, boolean, boolean, boolean, boolean, name, name, regtype, regtype, regtype, regtype, regtype,
    boolean, boolean, boolean, boolean)
  TO "service_role";

REVOKE ALL
  ON FUNCTION
    "extensions"."plpgsql_check_function_tb"(text, regclass, boolean, boolean, boolean, boolean, boolean, boolean, name, name, regtype, regtype, regtype, regtype, regtype, boolean,
    boolean, boolean, boolean)
  FROM "anon";

GRANT EXECUTE
  ON FUNCTION
    "extensions"."plpgsql_check_function_tb"(text, regclass, boolean, boolean, boolean, boolean, boolean, boolean, name, name, regtype, regtype, regtype, regtype, regtype, boolean,
    boolean, boolean, boolean)
  TO "anon";

REVOKE ALL
  ON FUNCTION
    "extensions"."plpgsql_check_function_tb"(text, regclass, boolean, boolean, boolean, boolean, boolean, boolean, name, name, regtype, regtype, regtype, regtype, regtype, boolean,
    boolean, boolean, boolean)
  FROM "authenticated";

GRANT EXECUTE
  ON FUNCTION
    "extensions"."plpgsql_check_function_tb"(text, regclass, boolean, boolean, boolean, boolean, boolean, boolean, name, name, regtype, regtype, regtype, regtype, regtype, boolean,
    boolean, boolean, boolean)
  TO "authenticated";

REVOKE ALL
  ON FUNCTION
    "extensions"."plpgsql_check_function_tb"(text, regclass, boolean, boolean, boolean, boolean, boolean, boolean, name, name, regtype, regtype, regtype, regtype, regtype, boolean,
    boolean, boolean, boolean)
  FROM "service_role";

GRANT EXECUTE
  ON FUNCTION
    "extensions"."plpgsql_check_function_tb"(text, regclass, boolean, boolean, boolean, boolean, boolean, boolean, name, name, regtype, regtype, regtype, regtype, regtype, boolean,
    boolean, boolean, boolean)
  TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_check_pragma"(text[]) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_check_pragma"(text[]) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_check_pragma"(text[]) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_check_pragma"(text[]) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_check_pragma"(text[]) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_check_pragma"(text[]) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_coverage_branches"(regprocedure) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_coverage_branches"(regprocedure) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_coverage_branches"(regprocedure) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_coverage_branches"(regprocedure) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_coverage_branches"(regprocedure) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_coverage_branches"(regprocedure) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_coverage_branches"(text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_coverage_branches"(text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_coverage_branches"(text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_coverage_branches"(text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_coverage_branches"(text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_coverage_branches"(text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_coverage_statements"(regprocedure) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_coverage_statements"(regprocedure) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_coverage_statements"(regprocedure) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_coverage_statements"(regprocedure) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_coverage_statements"(regprocedure) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_coverage_statements"(regprocedure) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_coverage_statements"(text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_coverage_statements"(text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_coverage_statements"(text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_coverage_statements"(text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_coverage_statements"(text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_coverage_statements"(text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_function_statements_tb"(regprocedure) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_function_statements_tb"(regprocedure) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_function_statements_tb"(regprocedure) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_function_statements_tb"(regprocedure) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_function_statements_tb"(regprocedure) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_function_statements_tb"(regprocedure) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_function_statements_tb"(text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_function_statements_tb"(text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_function_statements_tb"(text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_function_statements_tb"(text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_function_statements_tb"(text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_function_statements_tb"(text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_function_tb"(regprocedure) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_function_tb"(regprocedure) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_function_tb"(regprocedure) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_function_tb"(regprocedure) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_function_tb"(regprocedure) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_function_tb"(regprocedure) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_function_tb"(text) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_function_tb"(text) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_function_tb"(text) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_function_tb"(text) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_function_tb"(text) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_function_tb"(text) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_functions_all"() FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_functions_all"() TO "anon";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_functions_all"() FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_functions_all"() TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_functions_all"() FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_functions_all"() TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_install_fake_queryid_hook"() FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_install_fake_queryid_hook"() TO "anon";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_install_fake_queryid_hook"() FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_install_fake_queryid_hook"() TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_install_fake_queryid_hook"() FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_install_fake_queryid_hook"() TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_remove_fake_queryid_hook"() FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_remove_fake_queryid_hook"() TO "anon";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_remove_fake_queryid_hook"() FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_remove_fake_queryid_hook"() TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_remove_fake_queryid_hook"() FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_remove_fake_queryid_hook"() TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_reset"(regprocedure) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_reset"(regprocedure) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_reset"(regprocedure) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_reset"(regprocedure) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_reset"(regprocedure) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_reset"(regprocedure) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_reset_all"() FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_reset_all"() TO "anon";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_reset_all"() FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_reset_all"() TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_profiler_reset_all"() FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_profiler_reset_all"() TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_show_dependency_tb"(regprocedure, regclass) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_show_dependency_tb"(regprocedure, regclass) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_show_dependency_tb"(regprocedure, regclass) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_show_dependency_tb"(regprocedure, regclass) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_show_dependency_tb"(regprocedure, regclass) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_show_dependency_tb"(regprocedure, regclass) TO "service_role";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_show_dependency_tb"(text, regclass) FROM "anon";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_show_dependency_tb"(text, regclass) TO "anon";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_show_dependency_tb"(text, regclass) FROM "authenticated";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_show_dependency_tb"(text, regclass) TO "authenticated";

REVOKE ALL ON FUNCTION "extensions"."plpgsql_show_dependency_tb"(text, regclass) FROM "service_role";

GRANT EXECUTE ON FUNCTION "extensions"."plpgsql_show_dependency_tb"(text, regclass) TO "service_role";
