# fish completion for sdmock. The words come from the program itself (`sdmock __complete`), so
# they always match its commands, options, problems, plans, dimensions and sessions.

function __sdmock_complete
    set -l words (commandline -opc)
    set -l program $words[1]
    set -e words[1]
    set -l current "$(commandline -ct)"
    for c in ($program __complete $words "$current" 2>/dev/null)
        switch $c
            case :files
                __fish_complete_path $current
            case :dirs
                __fish_complete_directories $current
            case '*'
                echo $c
        end
    end
end

complete -c sdmock -f -a '(__sdmock_complete)'
