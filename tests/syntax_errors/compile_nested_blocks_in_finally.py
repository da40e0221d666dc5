while x:
    while x:
        while x:
            while x:
                while x:
                    while x:
                        while x:
                            while x:
                                while x:
                                    while x:
                                        while x:
                                            while x:
                                                while x:
                                                    while x:
                                                        while x:
                                                            while x:
                                                                while x:
                                                                    while x:
                                                                        while x:
                                                                            try:
                                                                                pass
                                                                            finally:
                                                                                with y:
                                                                                    pass
