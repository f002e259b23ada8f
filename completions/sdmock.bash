# bash completion for sdmock. The words come from the program itself (`sdmock __complete`), so
# they always match its commands, options, problems, plans, dimensions and sessions.

_sdmock() {
    local line=${COMP_LINE:0:COMP_POINT}
    local -a words
    read -r -a words <<<"$line"
    if [[ ${#words[@]} -eq 0 || $line == *[[:space:]] ]]; then
        words+=("")
    fi
    local cur=${words[${#words[@]}-1]}
    local value=$cur
    [[ $cur == --*=* ]] && value=${cur#*=}
    local IFS=$'\n' c
    local -a found
    found=($("${words[0]}" __complete "${words[@]:1}" 2>/dev/null))
    COMPREPLY=()
    for c in "${found[@]}"; do
        case $c in
        :files) COMPREPLY+=($(compgen -f -- "$value")) ;;
        :dirs) COMPREPLY+=($(compgen -d -- "$value")) ;;
        *) COMPREPLY+=("$c") ;;
        esac
    done
    # bash splits "--plan=sta" at the '=' and completes only what follows it.
    if [[ $cur == --*=* && $COMP_WORDBREAKS == *=* ]]; then
        local before=${cur%%=*}=
        COMPREPLY=("${COMPREPLY[@]#"$before"}")
    fi
    # "caching=" waits for its score: no space after it.
    if [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *= ]]; then
        compopt -o nospace 2>/dev/null
    fi
    return 0
}

complete -F _sdmock sdmock
